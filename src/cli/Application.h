#pragma once

#include <QCoreApplication>

namespace mutualise::cli {

// What the program sets up before a command runs, shared by main() and by the tests that run the
// commands in their own process: the names and version that --version prints and Qt uses, and the
// translations for the user's locale.
void setUpApplication(QCoreApplication& application);

} // namespace mutualise::cli
