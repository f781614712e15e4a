#pragma once

#include <QObject>
#include <QTest>

// Finds a window's controls by their object names, as a person finds them by their labels, so that
// the tests need no accessors in the classes they drive.
namespace driving {

// The descendant of `parent` named `name`, of type T. A missing one fails the test, naming it, before
// the caller goes on with nullptr.
template<typename T>
T* findNamed(const QObject* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    QTest::qVerify(found != nullptr, "findNamed", qPrintable(QStringLiteral("No child named ") + name),
                   __FILE__, __LINE__);
    return found;
}

} // namespace driving
