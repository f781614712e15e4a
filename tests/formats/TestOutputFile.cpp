#include "formats/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace mutualise;

// Where an export may write (never over the open mutual, by any name) and how it writes (whole or not
// at all).
class TestOutputFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void refusesTheMutualByAnyName_data();
    void refusesTheMutualByAnyName();
    void refusesTheFilesBesideTheMutual_data();
    void refusesTheFilesBesideTheMutual();
    void allowsOtherFiles_data();
    void allowsOtherFiles();
    void writesTheWholeFile();
    void aFailedWriteLeavesTheOldFile();
    void aMissingFolderIsNotWritten();

private:
    QString path(const QString& name) const { return m_folder->filePath(name); }
    static void writeFile(const QString& path, const QByteArray& content);
    static QByteArray contentOf(const QString& path);

    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_mutual;
};

void TestOutputFile::writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

QByteArray TestOutputFile::contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestOutputFile::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    QVERIFY(QDir(m_folder->path()).mkdir(u"sub"_s));
    m_mutual = path(u"coop.mutual"_s);
    writeFile(m_mutual, "the records");
}

void TestOutputFile::refusesTheMutualByAnyName_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("the same name") << u"same"_s;
    QTest::newRow("a name through another folder") << u"dotted"_s;
    QTest::newRow("a symbolic link") << u"symlink"_s;
    QTest::newRow("a chain of symbolic links") << u"chain"_s;
    QTest::newRow("a hard link") << u"hardlink"_s;
    QTest::newRow("the target of the link the mutual was opened by") << u"opened-by-link"_s;
}

void TestOutputFile::refusesTheMutualByAnyName()
{
    QFETCH(QString, kind);
    QString output = m_mutual;
    QString mutual = m_mutual;
    if (kind == u"dotted") {
        output = path(u"sub/../coop.mutual"_s);
    } else if (kind == u"symlink") {
        output = path(u"sub/link.blt"_s);
        QVERIFY(QFile::link(m_mutual, output));
    } else if (kind == u"chain") {
        QVERIFY(QFile::link(m_mutual, path(u"first.blt"_s)));
        output = path(u"second.blt"_s);
        QVERIFY(QFile::link(path(u"first.blt"_s), output));
    } else if (kind == u"hardlink") {
        output = path(u"sub/hard.blt"_s);
        QCOMPARE(::link(QFile::encodeName(m_mutual).constData(), QFile::encodeName(output).constData()), 0);
    } else if (kind == u"opened-by-link") {
        mutual = path(u"sub/shortcut.mutual"_s);
        QVERIFY(QFile::link(m_mutual, mutual));
    }
    const domain::Outcome checked = formats::checkNotMutual(output, mutual);
    QVERIFY(!checked);
    QCOMPARE(checked.error().rule, u"output-is-mutual"_s);
    QVERIFY2(checked.error().message.contains(output), qPrintable(checked.error().message));
    QVERIFY2(checked.error().message.contains(u"Choose another name"_s), qPrintable(checked.error().message));
    // Given by its own name it is "the open mutual"; given by another, the mutual's own name is said too.
    const bool sameName = QFileInfo(output).absoluteFilePath() == QFileInfo(mutual).absoluteFilePath();
    QCOMPARE(checked.error().message.contains(u"is the open mutual"_s), sameName);
    if (!sameName)
        QVERIFY2(checked.error().message.contains(mutual), qPrintable(checked.error().message));
}

void TestOutputFile::refusesTheFilesBesideTheMutual_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<bool>("isLink");
    for (const QString& suffix : { u"-wal"_s, u"-shm"_s, u"-journal"_s }) {
        QTest::addRow("%s existing", qPrintable(suffix)) << suffix << true << false;
        QTest::addRow("%s not yet there", qPrintable(suffix)) << suffix << false << false;
        QTest::addRow("%s by a symbolic link", qPrintable(suffix)) << suffix << true << true;
        QTest::addRow("%s not yet there, by a symbolic link", qPrintable(suffix)) << suffix << false << true;
    }
}

void TestOutputFile::refusesTheFilesBesideTheMutual()
{
    QFETCH(QString, suffix);
    QFETCH(bool, exists);
    QFETCH(bool, isLink);
    const QString companion = m_mutual + suffix;
    if (exists)
        writeFile(companion, "log");
    QString output = companion;
    if (isLink) {
        output = path(u"sub/papers.blt"_s);
        QVERIFY(QFile::link(companion, output));
    }
    const domain::Outcome checked = formats::checkNotMutual(output, m_mutual);
    QVERIFY(!checked);
    QCOMPARE(checked.error().rule, u"output-is-mutual"_s);
    QVERIFY2(checked.error().message.contains(u"beside the mutual"_s), qPrintable(checked.error().message));
}

void TestOutputFile::allowsOtherFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("exists");
    QTest::newRow("a new file beside it") << u"papers.blt"_s << false;
    QTest::newRow("an existing file beside it") << u"old.blt"_s << true;
    QTest::newRow("a name that only starts like it") << u"coop.mutual-wall"_s << false;
    QTest::newRow("the same name in another folder") << u"sub/coop.mutual"_s << true;
}

void TestOutputFile::allowsOtherFiles()
{
    QFETCH(QString, name);
    QFETCH(bool, exists);
    if (exists)
        writeFile(path(name), "old");
    const domain::Outcome checked = formats::checkNotMutual(path(name), m_mutual);
    QVERIFY2(checked.isOk(), qPrintable(checked.isOk() ? QString() : checked.error().message));
}

void TestOutputFile::writesTheWholeFile()
{
    const QString output = path(u"papers.blt"_s);
    writeFile(output, "an older export that is longer than the new one");
    const domain::Outcome written = formats::writeWholeFile(output, QByteArray("2 1\n1 1 0\n0\n"));
    QVERIFY(written);
    QCOMPARE(contentOf(output), QByteArray("2 1\n1 1 0\n0\n"));
    // No temporary file is left beside it.
    QCOMPARE(QDir(m_folder->path()).entryList(QDir::Files),
             QStringList({ u"coop.mutual"_s, u"papers.blt"_s }));
}

void TestOutputFile::aFailedWriteLeavesTheOldFile()
{
    const QString output = path(u"result.pdf"_s);
    writeFile(output, "the summary saved last week");
    const domain::Outcome written = formats::writeWholeFile(output, [](QIODevice& device) {
        device.write("half a summ");
        return false;
    });
    QVERIFY(!written);
    QCOMPARE(written.error().rule, u"not-written"_s);
    QCOMPARE(contentOf(output), QByteArray("the summary saved last week"));
    QCOMPARE(QDir(m_folder->path()).entryList(QDir::Files),
             QStringList({ u"coop.mutual"_s, u"result.pdf"_s }));
}

void TestOutputFile::aMissingFolderIsNotWritten()
{
    const QString output = path(u"missing/papers.blt"_s);
    const domain::Outcome written = formats::writeWholeFile(output, QByteArray("0\n"));
    QVERIFY(!written);
    QCOMPARE(written.error().rule, u"not-written"_s);
    QVERIFY2(written.error().message.contains(output), qPrintable(written.error().message));
    QVERIFY(!QFile::exists(output));
}

QTEST_GUILESS_MAIN(TestOutputFile)
#include "TestOutputFile.moc"
