#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace servqa {

// A failure the user must read: already translated, names the file / line / field involved.
struct Error
{
    QString message;
};

// Either a value or an Error: the expected<T, Error> of a C++17 code base.
template <typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T &value() { return std::get<T>(m_data); }
    const T &value() const { return std::get<T>(m_data); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const QString &error() const { return std::get<Error>(m_data).message; }

private:
    std::variant<T, Error> m_data;
};

// For operations with nothing to return.
struct Done
{
};
using Status = Result<Done>;
inline Status success() { return Done{}; }

} // namespace servqa
