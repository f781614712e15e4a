#include "app/reinvestment/AllocationDialog.h"

#include "app/reinvestment/AllocationMembersModel.h"
#include "app/reinvestment/AllocationTableModel.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/ColumnWidths.h"
#include "app/widgets/ConfirmationBox.h"
#include "app/widgets/PageWidgets.h"
#include "app/widgets/SortableTable.h"
#include "domain/Text.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/MotionRepository.h"
#include "storage/ShareLedgerRepository.h"
#include "ui_AllocationDialog.h"

#include <QApplication>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

// What each rule of the allocation means, said before the message that gives the figures.
QString ruleHeading(const QString& rule)
{
    if (rule == u"interest-cap"_s) {
        return AllocationDialog::tr("The interest rate is above the cap in the mutual's rules.");
    }
    if (rule == u"cic-dividend-cap"_s) {
        return AllocationDialog::tr(
            "A community interest company may give back only part of its profit as interest and rebates.");
    }
    if (rule == u"plan-does-not-add-up"_s) {
        return AllocationDialog::tr("The parts of the plan do not add up to the surplus.");
    }
    if (rule == u"no-ledger"_s) {
        return AllocationDialog::tr("That year has no share ledger to allocate on.");
    }
    if (rule == u"no-charges"_s) {
        return AllocationDialog::tr("Rebates are shared by service charges, and the year has none.");
    }
    if (rule == u"allocation-final"_s) {
        return AllocationDialog::tr("That year's allocation is already approved.");
    }
    if (rule == u"resolution-not-carried"_s || rule == u"allocation-date"_s || rule == u"unknown-motion"_s) {
        return AllocationDialog::tr("That motion cannot approve this allocation.");
    }
    return AllocationDialog::tr("The plan cannot be recorded as it stands.");
}

// A count of whole pennies floor(basis x multiplier / divisor) summed over the members, for the
// working; nothing if the sum would not fit.
std::optional<qint64> sumOfFloors(const QList<qint64>& bases, qint64 multiplier, qint64 divisor)
{
    qint64 sum = 0;
    for (const qint64 basis : bases) {
        qint64 product = 0;
        if (qMulOverflow(basis, multiplier, &product) || qAddOverflow(sum, product / divisor, &sum)) {
            return std::nullopt;
        }
    }
    return sum;
}

} // namespace

std::optional<int> basisPointsFromPercent(const QString& typed, const QLocale& locale)
{
    QString text = typed.trimmed();
    if (text.endsWith(u'%')) {
        text.chop(1);
        text = text.trimmed();
    }
    if (text.isEmpty()) {
        return std::nullopt;
    }
    const QString point = locale.decimalPoint();
    QString whole = text;
    QString fraction;
    qsizetype at = text.indexOf(point);
    if (at < 0) {
        at = text.indexOf(u'.');
    }
    if (at >= 0) {
        whole = text.left(at);
        fraction = text.mid(at + (text.mid(at, point.size()) == point ? point.size() : 1));
    }
    const auto isDigits = [](const QString& part) {
        return std::all_of(part.cbegin(), part.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if ((whole.isEmpty() && fraction.isEmpty()) || !isDigits(whole) || !isDigits(fraction) || whole.size() > 4
        || fraction.size() > 2) {
        return std::nullopt;
    }
    const int wholePart = whole.isEmpty() ? 0 : whole.toInt();
    const int hundredths = fraction.isEmpty() ? 0 : (fraction + u"0"_s).left(2).toInt();
    return wholePart * 100 + hundredths;
}

AllocationDialog::AllocationDialog(MutualSession& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AllocationDialog>())
    , m_session(session)
    , m_membersModel(new AllocationMembersModel(this))
{
    m_ui->setupUi(this);
    m_membersModel->setCurrency(session.mutual().currency);
    m_recordButton = m_ui->buttonBox->addButton(tr("Save &draft"), QDialogButtonBox::AcceptRole);
    m_recordButton->setObjectName(u"recordButton"_s);
    m_recordButton->setEnabled(false);

    QTableView* view = m_ui->membersView;
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->setShowGrid(false);
    view->setWordWrap(false);
    // Fixed row heights and columns fitted to sample texts: a mutual of any size shows at once.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setTabKeyNavigation(false);
    makeSortable(view, m_membersModel);
    // On a small screen the names keep some room: the charges go first, then the share-days (the
    // working says how they are counted).
    m_membersFitter = new ColumnFitter(
        view, AllocationMembersModel::NameColumn, 110,
        { AllocationMembersModel::ChargesColumn, AllocationMembersModel::ShareDaysColumn });

    const domain::Mutual mutual = session.mutual();
    const bool isCic = mutual.legalForm == domain::LegalForm::CommunityInterestCompany;
    m_ui->profitLabel->setVisible(isCic);
    m_ui->profitEdit->setVisible(isCic);
    m_ui->profitHint->setVisible(isCic);
    m_ui->profitHint->setText(
        //: %1 is a percentage such as "35.00%"
        tr("Interest and rebates together may be at most %1 of it (the dividend cap).")
            .arg(percentFromBasisPoints(mutual.dividendCapBp)));
    m_ui->resolutionHint->setText(tr("Without a carried motion the plan is saved as a draft, which can be "
                                     "replaced. With one it is approved, and final."));

    const auto members = storage::MemberRepository(session.file()).allMembers();
    if (members) {
        m_names.reserve(members->size());
        for (const domain::Member& member : *members) {
            m_names.insert(member.id, member.name);
        }
    }
    loadMotions();
    fillYears();
    fillResolutions();
    updateYearHint();
    updateRateHint();

    m_computeTimer.setSingleShot(true);
    m_computeTimer.setInterval(computeDelayMs);
    connect(&m_computeTimer, &QTimer::timeout, this, &AllocationDialog::computeNow);
    connect(m_ui->yearCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateYearHint();
        fillResolutions();
        scheduleCompute();
    });
    for (QLineEdit* edit : { m_ui->surplusEdit, m_ui->reservesEdit, m_ui->rateEdit, m_ui->rebatesEdit,
                             m_ui->fundEdit, m_ui->profitEdit }) {
        connect(edit, &QLineEdit::textChanged, this, &AllocationDialog::scheduleCompute);
    }
    connect(m_ui->rateEdit, &QLineEdit::textChanged, this, &AllocationDialog::updateRateHint);
    connect(m_ui->capitaliseRadio, &QRadioButton::toggled, this, &AllocationDialog::scheduleCompute);
    connect(m_ui->fundRestCheck, &QCheckBox::toggled, this, [this](bool isRest) {
        m_ui->fundEdit->setEnabled(!isRest);
        scheduleCompute();
    });
    connect(m_ui->resolutionCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateRecordButton();
        scheduleCompute();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AllocationDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AllocationDialog::reject);

    // Room for a fund in the millions beside its check box.
    m_ui->fundEdit->setMinimumWidth(m_ui->fundEdit->fontMetrics().horizontalAdvance(u"999,999.99"_s) + 16);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    // The form is never narrower than the form needs: it scrolls up and down, not sideways. Measured once the
    // style has set the fonts and margins.
    ensurePolished();
    m_ui->formPage->layout()->activate();
    const int scrollBar = m_ui->formScroll->verticalScrollBar()->sizeHint().width() + 4;
    const int formMinimum = m_ui->formPage->layout()->minimumSize().width() + scrollBar;
    m_ui->formScroll->setMinimumWidth(formMinimum);
    // As wide and tall as the screen allows up to a comfortable size; on a small screen it still fits.
    QSize size(1040, 640);
    if (const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen()) {
        const QSize available = screen->availableGeometry().size() - QSize(40, 60);
        size = size.boundedTo(available);
    }
    resize(size);
    // A small screen gives the preview all the room the form can spare.
    const int formWidth = size.width() < 1000
        ? formMinimum
        : std::max(formMinimum, std::min(m_ui->formPage->sizeHint().width() + scrollBar, 440));
    m_ui->splitter->setSizes({ formWidth, std::max(size.width() - formWidth, 200) });
    scheduleCompute();
    m_ui->surplusEdit->setFocus();
}

AllocationDialog::~AllocationDialog() = default;

QString AllocationDialog::money(qint64 amount) const
{
    return domain::Money(amount, m_session.mutual().currency).format(QLocale());
}

void AllocationDialog::fillYears()
{
    storage::MutualFile& file = m_session.file();
    const storage::AllocationRepository allocations(file);
    const domain::Mutual mutual = m_session.mutual();
    const int thisYear = mutual.financialYearContaining(QDate::currentDate()).first.year();
    const auto first = storage::ShareLedgerRepository(file).entries(storage::ShareEntryFilter(), 0, 1);
    const int firstYear = first && !first->isEmpty()
        ? mutual.financialYearContaining(first->constFirst().entry.date).first.year()
        : thisYear;
    const auto stored = allocations.all();
    QSet<int> approved;
    if (stored) {
        for (const storage::AllocationRow& row : *stored) {
            if (row.isApproved) {
                approved.insert(row.year);
            }
        }
    }
    // Years with a ledger, newest first; an approved year is final and not offered.
    for (int year = std::max(thisYear, firstYear); year >= firstYear; --year) {
        if (!approved.contains(year)) {
            m_ui->yearCombo->addItem(financialYearName(allocations.financialYear(year)), year);
        }
    }
    // The last year that has ended is the usual one to allocate.
    const int lastEnded = m_ui->yearCombo->findData(thisYear - 1);
    if (lastEnded >= 0) {
        m_ui->yearCombo->setCurrentIndex(lastEnded);
    }
}

void AllocationDialog::loadMotions()
{
    storage::MutualFile& file = m_session.file();
    const auto meetings = storage::MeetingRepository(file).all();
    const auto motions = storage::MotionRepository(file).all();
    if (!meetings || !motions) {
        return;
    }
    QHash<qint64, domain::Meeting> meetingOf;
    for (const domain::Meeting& meeting : *meetings) {
        meetingOf.insert(meeting.id, meeting);
    }
    for (const domain::Motion& motion : *motions) {
        const bool isCarried
            = motion.state == domain::VoteState::Closed && motion.outcome == domain::MotionOutcome::Carried;
        if (!isCarried) {
            continue;
        }
        const domain::Meeting meeting = meetingOf.value(motion.meetingId);
        //: A carried motion offered as the resolution: its title and its meeting ("AGM 24 Nov 2026")
        m_motions.append({ motion.id,
                           tr("%1 — %2").arg(domain::quotedText(motion.title), meeting.displayTitle()),
                           meeting.heldOn });
    }
}

void AllocationDialog::fillResolutions()
{
    QComboBox* combo = m_ui->resolutionCombo;
    const QVariant chosen = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("None — save as a draft"));
    // A surplus is allocated after its year: only motions decided after it ends are offered.
    const int year = m_ui->yearCombo->currentData().toInt();
    const QDate yearEnd = storage::AllocationRepository(m_session.file()).financialYear(year).last;
    for (const MotionChoice& motion : std::as_const(m_motions)) {
        if (motion.heldOn > yearEnd) {
            combo->addItem(motion.text, motion.id);
        }
    }
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    updateRecordButton();
}

void AllocationDialog::setDraft(const storage::AllocationRow& draft)
{
    const QLocale locale;
    m_ui->yearCombo->setCurrentIndex(std::max(0, m_ui->yearCombo->findData(draft.year)));
    m_ui->surplusEdit->setText(domain::Money(draft.surplus, m_session.mutual().currency).formatPlain());
    m_ui->reservesEdit->setText(domain::Money(draft.reserves, m_session.mutual().currency).formatPlain());
    m_ui->rateEdit->setText(
        u"%1.%2"_s.arg(draft.interestRateBp / 100).arg(draft.interestRateBp % 100, 2, 10, QLatin1Char('0')));
    m_ui->capitaliseRadio->setChecked(draft.interestMode == domain::InterestMode::Capitalise);
    m_ui->payRadio->setChecked(draft.interestMode == domain::InterestMode::Pay);
    m_ui->rebatesEdit->setText(domain::Money(draft.rebates, m_session.mutual().currency).formatPlain());
    // A stored draft always adds up, so its fund is the rest of its surplus.
    m_ui->fundRestCheck->setChecked(true);
    if (draft.distributableProfit) {
        m_ui->profitEdit->setText(
            domain::Money(*draft.distributableProfit, m_session.mutual().currency).formatPlain());
    }
    setWindowTitle(tr("Edit the Draft Allocation"));
    scheduleCompute();
}

void AllocationDialog::updateYearHint()
{
    if (m_ui->yearCombo->count() == 0) {
        m_ui->yearHint->clear();
        return;
    }
    const domain::Period year = storage::AllocationRepository(m_session.file())
                                    .financialYear(m_ui->yearCombo->currentData().toInt());
    const QLocale locale;
    //: The first and last day of a financial year and its number of days
    m_ui->yearHint->setText(
        tr("%1 to %2, %Ln day(s)", nullptr, static_cast<int>(year.first.daysTo(year.last) + 1))
            .arg(locale.toString(year.first, QLocale::ShortFormat),
                 locale.toString(year.last, QLocale::ShortFormat)));
}

void AllocationDialog::updateRateHint()
{
    const int cap = m_session.mutual().interestCapBp;
    const auto rate = basisPointsFromPercent(m_ui->rateEdit->text(), QLocale());
    //: %1 is a percentage such as "5.00%", %2 the same in basis points
    const QString capText = tr("at most %1 (%Ln basis point(s)) under the mutual's rules", nullptr, cap)
                                .arg(percentFromBasisPoints(cap));
    if (!rate) {
        m_ui->rateHint->setText(capText.at(0).toUpper() + capText.mid(1) + u'.');
        return;
    }
    //: %1 says what the cap is: "at most 5.00% (500 basis points) under the mutual's rules"
    m_ui->rateHint->setText(tr("%Ln basis point(s); %1.", nullptr, *rate).arg(capText));
}

void AllocationDialog::scheduleCompute()
{
    m_computeTimer.start();
    m_recordButton->setEnabled(false);
    m_ui->statusLabel->setStyleSheet(QString());
    m_ui->statusLabel->setText(tr("Working the allocation out…"));
}

domain::Result<std::optional<qint64>> AllocationDialog::amountIn(const QLineEdit* edit,
                                                                 const QString& what) const
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        return std::optional<qint64>();
    }
    const auto amount = domain::Money::parse(text, m_session.mutual().currency, QLocale());
    if (!amount) {
        //: %1 names the field ("The reserves"), %2 says what is wrong with what was typed
        return domain::Error { tr("%1: %2").arg(what, amount.error().message), u"invalid-amount"_s, {} };
    }
    if (amount->isNegative()) {
        return domain::Error { tr("%1 cannot be less than nothing.").arg(what), u"negative-amount"_s, {} };
    }
    return std::optional<qint64>(amount->minorUnits());
}

domain::Result<domain::AllocationPlan> AllocationDialog::planFromForm() const
{
    domain::AllocationPlan plan;
    plan.year = m_ui->yearCombo->currentData().toInt();
    if (m_ui->yearCombo->count() == 0) {
        return domain::Error { tr("The share ledger is empty, or every year's allocation is approved: "
                                  "there is no year to allocate."),
                               u"no-ledger"_s,
                               {} };
    }
    const auto surplus = amountIn(m_ui->surplusEdit, tr("The surplus"));
    if (!surplus) {
        return surplus.error();
    }
    if (!*surplus) {
        return domain::Error { tr("Type the year's surplus to see how it is allocated."), {}, {} };
    }
    plan.surplus = **surplus;
    const auto reserves = amountIn(m_ui->reservesEdit, tr("The reserves"));
    if (!reserves) {
        return reserves.error();
    }
    plan.reserves = reserves->value_or(0);
    const QString rateText = m_ui->rateEdit->text().trimmed();
    const auto rate = basisPointsFromPercent(rateText, QLocale());
    if (!rateText.isEmpty() && !rate) {
        return domain::Error { tr("The interest rate is a percentage with at most two decimals, such as "
                                  "2.50."),
                               u"invalid-rate"_s,
                               {} };
    }
    plan.interestRateBp = rate.value_or(0);
    plan.interestMode
        = m_ui->capitaliseRadio->isChecked() ? domain::InterestMode::Capitalise : domain::InterestMode::Pay;
    const auto rebates = amountIn(m_ui->rebatesEdit, tr("The rebates"));
    if (!rebates) {
        return rebates.error();
    }
    plan.rebates = rebates->value_or(0);
    if (!m_ui->fundRestCheck->isChecked()) {
        const auto fund = amountIn(m_ui->fundEdit, tr("The fund"));
        if (!fund) {
            return fund.error();
        }
        if (!*fund) {
            return domain::Error { tr("Type the fund's amount, or tick “The rest of the surplus”."), {}, {} };
        }
        plan.fund = *fund;
    }
    if (!m_ui->profitEdit->isHidden()) { // a community interest company's only
        const auto profit = amountIn(m_ui->profitEdit, tr("The distributable profit"));
        if (!profit) {
            return profit.error();
        }
        plan.distributableProfit = *profit;
    }
    if (m_ui->resolutionCombo->currentIndex() > 0) {
        plan.resolution = m_ui->resolutionCombo->currentData().toLongLong();
    }
    return plan;
}

void AllocationDialog::computeNow()
{
    m_computeTimer.stop();
    m_allocation.reset();
    const auto plan = planFromForm();
    if (!plan) {
        const bool isIncomplete = plan.error().rule.isEmpty();
        showProblem(isIncomplete ? QString() : ruleHeading(plan.error().rule), plan.error().message);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto computed = storage::AllocationRepository(m_session.file()).compute(*plan);
    QApplication::restoreOverrideCursor();
    if (!computed) {
        showProblem(ruleHeading(computed.error().rule), computed.error().message);
        return;
    }
    m_allocation = *computed;
    showAllocation(*computed);
}

void AllocationDialog::showProblem(const QString& heading, const QString& message)
{
    m_shownProblem = heading.isEmpty() ? message : heading + u' ' + message;
    m_ui->statusLabel->setStyleSheet(heading.isEmpty() ? QString() : u"color: #b3261e;"_s);
    m_ui->statusLabel->setText(
        heading.isEmpty() ? message.toHtmlEscaped()
                          : u"<b>%1</b><br>%2"_s.arg(heading.toHtmlEscaped(), message.toHtmlEscaped()));
    m_ui->partsLabel->clear();
    m_ui->partsLabel->hide();
    m_ui->previewTabs->hide();
    m_membersModel->clear();
    m_ui->workingText->clear();
    updateRecordButton();
}

void AllocationDialog::showAllocation(const domain::SurplusAllocation& allocation)
{
    m_shownProblem.clear();
    m_ui->statusLabel->setStyleSheet(u"color: #1b5e20;"_s);
    const qint64 members = std::max(allocation.interest.size(), allocation.rebates.size());
    QString status = allocation.isApproved()
        //: %1 is a date
        ? tr("The plan adds up to the surplus. Approved, it is dated %1, the day of the meeting.")
              .arg(QLocale().toString(allocation.allocatedOn, QLocale::ShortFormat))
        : tr("The plan adds up to the surplus. Nothing is recorded until you save it.");
    if (members == 0) {
        status += u' ' + tr("No member holds shares or paid charges in the year.");
    }
    m_ui->statusLabel->setText(status.toHtmlEscaped());
    m_ui->partsLabel->setText(partsText(allocation));
    m_ui->partsLabel->show();
    m_ui->previewTabs->show();
    m_membersModel->showAllocation(allocation, m_names);
    m_ui->workingText->setPlainText(workingText(allocation));
    fitMemberColumns(allocation);
    updateRecordButton();
}

void AllocationDialog::fitMemberColumns(const domain::SurplusAllocation& allocation)
{
    qint64 widestShareDays = 0;
    qint64 widestCharges = 0;
    QStringList numbers;
    for (const domain::InterestPart& part : allocation.interest) {
        widestShareDays = std::max(widestShareDays, part.shareDays);
        if (numbers.size() < 50) {
            numbers.append(part.number);
        }
    }
    for (const domain::RebatePart& part : allocation.rebates) {
        widestCharges = std::max(widestCharges, part.charges);
    }
    const QStringList amounts { money(allocation.interestTotal), money(allocation.rebatesTotal) };
    m_membersFitter->fit(AllocationMembersModel::NumberColumn, numbers);
    m_membersFitter->fit(AllocationMembersModel::ShareDaysColumn, { QLocale().toString(widestShareDays) });
    m_membersFitter->fit(AllocationMembersModel::InterestColumn, amounts);
    m_membersFitter->fit(AllocationMembersModel::CapitalisedColumn,
                         { QLocale().toString(allocation.capitalisedShares) });
    m_membersFitter->fit(AllocationMembersModel::ChargesColumn, { money(widestCharges) });
    // Fitting shows a column: the shares bought are hidden again when the interest is paid.
    m_ui->membersView->setColumnHidden(AllocationMembersModel::CapitalisedColumn,
                                       allocation.plan.interestMode != domain::InterestMode::Capitalise);
    m_membersFitter->fit(AllocationMembersModel::RebateColumn, amounts);
    m_membersFitter->apply();
}

QString AllocationDialog::partsText(const domain::SurplusAllocation& allocation) const
{
    const domain::AllocationPlan& plan = allocation.plan;
    const QString interest = plan.interestMode == domain::InterestMode::Capitalise
        //: %1 is a rate such as "2.50%"
        ? tr("Interest on share capital at %1, capitalised").arg(percentFromBasisPoints(plan.interestRateBp))
        : tr("Interest on share capital at %1, paid").arg(percentFromBasisPoints(plan.interestRateBp));
    const QList<std::pair<QString, qint64>> parts {
        { tr("Reserves"), plan.reserves },
        { interest, allocation.interestTotal },
        { tr("Rebates on service charges"), allocation.rebatesTotal },
        { tr("Community reinvestment fund"), allocation.fund },
    };
    QString rows;
    for (const auto& [name, amount] : parts) {
        rows += u"<tr><td>%1</td><td align=\"right\">%2</td></tr>"_s.arg(name.toHtmlEscaped(),
                                                                         money(amount).toHtmlEscaped());
    }
    rows += u"<tr><td><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr>"_s.arg(
        tr("Surplus").toHtmlEscaped(), money(plan.surplus).toHtmlEscaped());
    return u"<table cellspacing=\"0\" cellpadding=\"1\">%1</table>"_s.arg(rows);
}

QString AllocationDialog::workingText(const domain::SurplusAllocation& allocation) const
{
    const QLocale locale;
    const domain::AllocationPlan& plan = allocation.plan;
    const qint64 nominal = m_session.mutual().nominalShareValue;
    QStringList lines;
    //: %1 is the financial year with its dates, %2 its number of days
    lines << tr("Financial year %1: N = %2 days.")
                 .arg(financialYearWithDates(allocation.year), locale.toString(allocation.days));
    lines << QString();
    lines << tr("Interest on share capital");
    lines << tr("A member's share-days are the shares it held at the end of each day of the year, added up "
                "over the N days.");
    //: %1 the value of one share, %2 the rate in basis points, %3 the days of the year
    lines << tr("Exact interest = share-days × %1 (one share) × %2 bp ÷ (10,000 × %3).")
                 .arg(money(nominal), locale.toString(plan.interestRateBp), locale.toString(allocation.days));
    QList<qint64> shareDays;
    qint64 totalShareDays = 0;
    bool isTotalKnown = true;
    for (const domain::InterestPart& part : allocation.interest) {
        shareDays.append(part.shareDays);
        isTotalKnown = isTotalKnown && !qAddOverflow(totalShareDays, part.shareDays, &totalShareDays);
    }
    if (isTotalKnown) {
        lines << tr("%Ln member(s) held shares, %1 share-days in all.", nullptr,
                    static_cast<int>(allocation.interest.size()))
                     .arg(locale.toString(totalShareDays));
    }
    lines << tr("Interest total = the whole pennies of the sum of the exact amounts = %1.")
                 .arg(money(allocation.interestTotal));
    const auto interestFloors
        = sumOfFloors(shareDays, nominal * plan.interestRateBp, 10'000LL * allocation.days);
    if (interestFloors) {
        lines << tr("Each member first gets the whole pennies of its exact interest (%1 in all); the %Ln "
                    "penny(ies) left over go one each to the members with the largest fractions of a "
                    "penny, ties to more share-days, then to the smaller member number.",
                    nullptr, static_cast<int>(allocation.interestTotal - *interestFloors))
                     .arg(money(*interestFloors));
    }
    if (plan.interestMode == domain::InterestMode::Capitalise) {
        lines << tr("Capitalised: each member's interest buys whole shares at %1; the pennies left over are "
                    "paid. %Ln share(s) bought in all.",
                    nullptr, static_cast<int>(allocation.capitalisedShares))
                     .arg(money(nominal));
        for (const domain::InterestPart& part : allocation.interest) {
            if (!part.paidInstead.isEmpty()) {
                //: %1 is a member number, %2 the reason
                lines << tr("Member %1's interest is paid, not capitalised: %2")
                             .arg(part.number, part.paidInstead);
            }
        }
    }
    lines << QString();
    lines << tr("Rebates");
    if (plan.rebates == 0) {
        lines << tr("None: the plan gives no rebates.");
    } else {
        QList<qint64> charges;
        qint64 totalCharges = 0;
        for (const domain::RebatePart& part : allocation.rebates) {
            charges.append(part.charges);
            totalCharges += part.charges;
        }
        //: %1 the rebates, %2 the service charges of the year in all
        lines << tr("Exact rebate = %1 × the member's service charges in the year ÷ %2 (all members' "
                    "charges).")
                     .arg(money(plan.rebates), money(totalCharges));
        const auto rebateFloors = sumOfFloors(charges, plan.rebates, std::max<qint64>(totalCharges, 1));
        if (rebateFloors) {
            lines << tr("Whole pennies first (%1 in all); the %Ln penny(ies) left over go to the largest "
                        "fractions, ties to larger charges, then to the smaller member number.",
                        nullptr, static_cast<int>(allocation.rebatesTotal - *rebateFloors))
                         .arg(money(*rebateFloors));
        }
    }
    lines << QString();
    lines << tr("Parts");
    //: The reconciliation of the plan: reserves + interest + rebates + fund = surplus
    lines << tr("%1 reserves + %2 interest + %3 rebates + %4 fund = %5 surplus.")
                 .arg(money(plan.reserves), money(allocation.interestTotal), money(allocation.rebatesTotal),
                      money(allocation.fund), money(plan.surplus));
    if (!plan.fund) {
        lines << tr("The fund is the rest of the surplus.");
    }
    return lines.join(u'\n');
}

void AllocationDialog::updateRecordButton()
{
    const bool isApproving = m_ui->resolutionCombo->currentIndex() > 0;
    m_recordButton->setText(isApproving ? tr("&Approve…") : tr("Save &draft"));
    m_recordButton->setEnabled(m_allocation.has_value() && !isWorking() && !m_session.file().isReadOnly());
}

void AllocationDialog::accept()
{
    if (isWorking()) {
        computeNow();
    }
    if (!m_allocation) {
        return;
    }
    if (!m_allocation->isApproved()) {
        record();
        return;
    }
    const domain::SurplusAllocation& allocation = *m_allocation;
    qint64 payments = 0;
    qint64 shareEntries = 0;
    for (const domain::InterestPart& part : allocation.interest) {
        payments += part.amount != 0 ? 1 : 0;
        shareEntries += part.capitalisedShares > 0 ? 1 : 0;
    }
    for (const domain::RebatePart& part : allocation.rebates) {
        payments += part.amount != 0 ? 1 : 0;
    }
    QString details = tr("%Ln payment(s) to members will be recorded.", nullptr, static_cast<int>(payments));
    if (shareEntries > 0) {
        //: %1 is a date
        details += u' '
            + tr("The capitalised interest adds %Ln entry(ies) to the share ledger, dated %1.", nullptr,
                 static_cast<int>(shareEntries))
                  .arg(QLocale().toString(allocation.allocatedOn, QLocale::ShortFormat));
    }
    Confirmation confirmation;
    confirmation.objectName = u"approveAllocationBox"_s;
    confirmation.title = tr("Approve the Allocation");
    //: %1 is a financial year such as "2025/26"
    confirmation.text = tr("Approve the allocation of financial year %1? Once approved it is final: it "
                           "cannot be changed, replaced or undone.")
                            .arg(financialYearName(allocation.year));
    confirmation.details = details;
    confirmation.actionText = tr("&Approve");
    confirmation.actionObjectName = u"approveAllocationButton"_s;
    askToConfirm(this, confirmation, [this] { record(); });
}

void AllocationDialog::record()
{
    if (!m_allocation) {
        return;
    }
    // A large mutual's payments and capitalised shares take a second or two to write.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto recorded = storage::AllocationRepository(m_session.file()).allocate(m_allocation->plan);
    QApplication::restoreOverrideCursor();
    if (!recorded) {
        m_allocation.reset();
        showProblem(ruleHeading(recorded.error().rule), recorded.error().message);
        return;
    }
    m_recordedYear = recorded->plan.year;
    m_session.notifyChanged();
    QDialog::accept();
}

} // namespace mutualise::app
