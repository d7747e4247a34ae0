#pragma once

#include <QString>

#include <optional>
#include <utility>

/// The outcome of a synchronous operation: a value, or one message for a
/// person saying what is wrong (STYLE.md "errors").
template<typename T> class Result
{
public:
    static Result success(T value) { return Result(std::move(value), QString()); }
    static Result failure(QString message) { return Result(std::nullopt, std::move(message)); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    T take() { return std::move(*m_value); }
    const QString &error() const { return m_error; }

private:
    Result(std::optional<T> value, QString error)
        : m_value(std::move(value))
        , m_error(std::move(error))
    { }
    std::optional<T> m_value;
    QString m_error;
};
