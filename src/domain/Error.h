#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace mutualise::domain {

// A problem the user can cause and can fix: a translated message for a person, the rule or field it
// concerns for a program (CLI exit codes, highlighting a form field).
struct Error
{
    QString message;
    QString rule; // a stable identifier such as "holding-below-zero"; empty when none applies
    QString field; // the input field concerned, when there is one

    bool operator==(const Error&) const = default;
};

// A value or the Error that prevented it. Small on purpose: C++20 has no std::expected.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    Result(Error error)
        : m_state(std::move(error))
    { }

    bool isOk() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return isOk(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    // By value, not T&&: `for (x : f().value())` must not refer into a Result already destroyed.
    T value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing but may fail.
struct Done
{
    bool operator==(const Done&) const = default;
};
using Outcome = Result<Done>;

inline Outcome ok()
{
    return Done {};
}

} // namespace mutualise::domain
