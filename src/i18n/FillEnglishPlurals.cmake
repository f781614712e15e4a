cmake_minimum_required(VERSION 3.25)
# Run after lupdate refreshes translations/mutualise_en.ts (cmake -DTS_FILE=... -P FillEnglishPlurals.cmake):
# gives each new count its English forms, so that "%n share(s)" reads "1 share" and "2 shares" without
# anyone editing the file. The singular drops "(s)" ("y(ies)" keeps the "y"), the plural takes "s"
# ("ies"); a text with no such ending, "Members: %n", reads the same for every count. Forms already
# written are kept.
file(READ "${TS_FILE}" content)
set(empty_forms "\n        <translation type=\"unfinished\">\n            <numerusform></numerusform>\n            <numerusform></numerusform>\n        </translation>")
while(TRUE)
    # A message may carry a comment for translators between its source and its translation.
    string(REGEX MATCH "<message numerus=\"yes\">\n        <source>([^<]*)</source>(\n        <(extra)?comment>[^<]*</(extra)?comment>)*${empty_forms}" found "${content}")
    if(NOT found)
        break()
    endif()
    set(source "${CMAKE_MATCH_1}")
    string(REPLACE "y(ies)" "y" singular "${source}")
    string(REPLACE "(es)" "" singular "${singular}")
    string(REPLACE "(s)" "" singular "${singular}")
    string(REPLACE "y(ies)" "ies" plural "${source}")
    string(REPLACE "(es)" "es" plural "${plural}")
    string(REPLACE "(s)" "s" plural "${plural}")
    string(REPLACE "${empty_forms}" "\n        <translation>\n            <numerusform>${singular}</numerusform>\n            <numerusform>${plural}</numerusform>\n        </translation>" filled "${found}")
    string(REPLACE "${found}" "${filled}" content "${content}")
endwhile()
# lupdate gives a count whose text another context already has that context's forms, marked unfinished:
# in English the same text has the same forms, so they are finished.
string(REGEX REPLACE "<translation type=\"unfinished\">(\n            <numerusform>[^<])" "<translation>\\1"
    content "${content}")
file(WRITE "${TS_FILE}" "${content}")
