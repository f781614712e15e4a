#pragma once

// The demo mutual's money catalogue: the services its councils commission and the projects its fund
// pays for, by place and category. Read only by DemoMoney.cpp, which plans the demo's money from it.

#include <QtGlobal>

#include <array>

namespace mutualise::domain::demo_money {

// A service the demo's councils commission, with what it costs a council a year and what it saves.
struct ServiceTemplate
{
    const char* name;
    const char* description;
    int startMonths; // after the mutual was founded
    int lengthMonths; // 0: runs on
    qint64 annualLow; // minor units a year for one council
    qint64 annualHigh;
    int takeUpPerMille; // of the councils
    int savingLowBp; // of the baseline
    int savingHighBp;
    const char* evidence;
};

inline constexpr std::array baseServices {
    ServiceTemplate { QT_TRANSLATE_NOOP("DemoMoney", "Shared hosting"),
                      QT_TRANSLATE_NOOP("DemoMoney",
                                        "The councils' websites and line-of-business systems "
                                        "hosted in two shared data centres."),
                      1, 0, 18'000'00, 60'000'00, 1000, 1200, 2800,
                      QT_TRANSLATE_NOOP("DemoMoney",
                                        "Quotes from two commercial hosting providers for the "
                                        "same capacity, obtained by the procurement team.") },
    ServiceTemplate { QT_TRANSLATE_NOOP("DemoMoney", "Case management contract"),
                      QT_TRANSLATE_NOOP("DemoMoney",
                                        "A four-year contract for a shared social care and "
                                        "housing case-management system."),
                      3, 48, 25'000'00, 90'000'00, 750, 1500, 2900,
                      QT_TRANSLATE_NOOP("DemoMoney",
                                        "The council's last standalone tender for the same "
                                        "system, uprated by CPI.") },
    ServiceTemplate { QT_TRANSLATE_NOOP("DemoMoney", "Jointly procured office licences"),
                      QT_TRANSLATE_NOOP("DemoMoney",
                                        "Office and email licences bought together under one "
                                        "agreement for every member council."),
                      6, 0, 8'000'00, 40'000'00, 1000, 1050, 2200,
                      QT_TRANSLATE_NOOP("DemoMoney",
                                        "The list price per seat against the price negotiated "
                                        "for the whole mutual.") },
};

// Added when the mutual is large or its history long.
inline constexpr std::array moreServices {
    ServiceTemplate { QT_TRANSLATE_NOOP("DemoMoney", "Data protection officer service"),
                      QT_TRANSLATE_NOOP("DemoMoney",
                                        "A shared data protection officer and breach "
                                        "response team."),
                      12, 0, 4'000'00, 12'000'00, 700, 1500, 2950,
                      QT_TRANSLATE_NOOP("DemoMoney",
                                        "Day rates of three consultancies for the same "
                                        "hours.") },
    ServiceTemplate { QT_TRANSLATE_NOOP("DemoMoney", "Cyber security operations centre"),
                      QT_TRANSLATE_NOOP("DemoMoney",
                                        "Round-the-clock monitoring of the councils' "
                                        "networks."),
                      18, 0, 15'000'00, 50'000'00, 600, 1200, 2600,
                      QT_TRANSLATE_NOOP("DemoMoney",
                                        "Framework prices for a managed security service "
                                        "bought by one council.") },
    ServiceTemplate { QT_TRANSLATE_NOOP("DemoMoney", "Payroll and HR platform"),
                      QT_TRANSLATE_NOOP("DemoMoney",
                                        "One payroll and HR system run for the councils that "
                                        "join it."),
                      24, 0, 10'000'00, 45'000'00, 500, 1100, 2400,
                      QT_TRANSLATE_NOOP("DemoMoney",
                                        "Each council's payroll bureau charges before it "
                                        "joined.") },
    ServiceTemplate { QT_TRANSLATE_NOOP("DemoMoney", "Case management contract, second term"),
                      QT_TRANSLATE_NOOP("DemoMoney",
                                        "The case-management contract let again for four "
                                        "more years."),
                      51, 48, 25'000'00, 90'000'00, 800, 1600, 2900,
                      QT_TRANSLATE_NOOP("DemoMoney",
                                        "The council's last standalone tender for the same "
                                        "system, uprated by CPI.") },
};

inline constexpr std::array projectPlaces { u"Calderdale", u"Kirklees",  u"Wakefield",  u"Barnsley",
                                            u"Oldham",     u"Rochdale",  u"Tameside",   u"Bolton",
                                            u"Wigan",      u"Gateshead", u"Sunderland", u"Lancaster",
                                            u"Preston",    u"Harrogate", u"Burnley",    u"Darlington" };

inline constexpr std::array placeCodes { u"CLD", u"KIR", u"WKF", u"BNS", u"OLD", u"RCH", u"TAM", u"BOL",
                                         u"WGN", u"GAT", u"SND", u"LAC", u"PRE", u"HAG", u"BUN", u"DAL" };

inline constexpr std::array categories { u"community-funding", u"innovation", u"research",
                                         u"digital-inclusion", u"skills" };

// Titles by category, %1 the place.
inline constexpr std::array<std::array<const char*, 4>, 5> titles { {
    { QT_TRANSLATE_NOOP("DemoMoney", "%1 community pantry"),
      QT_TRANSLATE_NOOP("DemoMoney", "Warm spaces in %1 libraries"),
      QT_TRANSLATE_NOOP("DemoMoney", "%1 youth club refurbishment"),
      QT_TRANSLATE_NOOP("DemoMoney", "Repair café for %1") },
    { QT_TRANSLATE_NOOP("DemoMoney", "Open-source booking system for %1 leisure centres"),
      QT_TRANSLATE_NOOP("DemoMoney", "Shared assistant for council tax enquiries in %1"),
      QT_TRANSLATE_NOOP("DemoMoney", "Damp sensors in %1 social housing"),
      QT_TRANSLATE_NOOP("DemoMoney", "Route planning for %1 waste collection") },
    { QT_TRANSLATE_NOOP("DemoMoney", "Study of the digital needs of %1 carers"),
      QT_TRANSLATE_NOOP("DemoMoney", "Evaluation of shared case management in %1"),
      QT_TRANSLATE_NOOP("DemoMoney", "Rural broadband gaps around %1"),
      QT_TRANSLATE_NOOP("DemoMoney", "Survey of small charities' IT in %1") },
    { QT_TRANSLATE_NOOP("DemoMoney", "Refurbished laptops for %1 families"),
      QT_TRANSLATE_NOOP("DemoMoney", "Digital champions in %1 care homes"),
      QT_TRANSLATE_NOOP("DemoMoney", "Free data SIMs through %1 food banks"),
      QT_TRANSLATE_NOOP("DemoMoney", "Online safety classes for older people in %1") },
    { QT_TRANSLATE_NOOP("DemoMoney", "Coding club for %1 schools"),
      QT_TRANSLATE_NOOP("DemoMoney", "Cyber security apprenticeships in %1"),
      QT_TRANSLATE_NOOP("DemoMoney", "Data skills for %1 charity staff"),
      QT_TRANSLATE_NOOP("DemoMoney", "Digital skills bootcamp for %1 jobseekers") },
} };

inline constexpr std::array<const char*, 5> outcomes {
    QT_TRANSLATE_NOOP("DemoMoney", "Open three days a week since it began; %1 households helped."),
    QT_TRANSLATE_NOOP("DemoMoney", "Live in %1 sites; the code is published for other councils to reuse."),
    QT_TRANSLATE_NOOP("DemoMoney", "Report published and presented to the board; %1 people interviewed."),
    QT_TRANSLATE_NOOP("DemoMoney", "%1 residents now online, with follow-up support from volunteers."),
    QT_TRANSLATE_NOOP("DemoMoney", "%1 people completed the course; a third went on to work or study."),
};

} // namespace mutualise::domain::demo_money
