#pragma once

#include "domain/Error.h"

#include <boost/outcome/bad_access.hpp>
#include <boost/outcome/basic_result.hpp>
#include <boost/outcome/try.hpp>

#include <utility>

namespace comptoir {

/**
 * What Result's wide observers do when asked for what is not there. Reading the value of
 * a failed Result is a bug in the caller: value() throws
 * BOOST_OUTCOME_V2_NAMESPACE::bad_result_access_with<Error> (a std::logic_error). error()
 * of a success gives an empty Error, as Status always did.
 */
struct ResultPolicy : BOOST_OUTCOME_V2_NAMESPACE::policy::base {
    template <class Impl>
    static constexpr void wide_value_check(Impl &&self)
    {
        if (!base::_has_value(self))
            throw BOOST_OUTCOME_V2_NAMESPACE::bad_result_access_with<Error>(base::_error(self));
    }
    template <class Impl>
    static constexpr void wide_error_check(Impl &&) noexcept
    {
    }
};

/**
 * Either a value or an Error: a Boost.Outcome result. Core returns it from every call that
 * can fail for an expected reason; it never throws across its public API. A caller that
 * only passes the error on writes BOOST_OUTCOME_TRY(value, call()) or
 * BOOST_OUTCOME_TRYV(call()).
 */
template <typename T>
class [[nodiscard]] Result : public BOOST_OUTCOME_V2_NAMESPACE::basic_result<T, Error, ResultPolicy> {
    using Base = BOOST_OUTCOME_V2_NAMESPACE::basic_result<T, Error, ResultPolicy>;

public:
    Result(T value) : Base(BOOST_OUTCOME_V2_NAMESPACE::in_place_type<T>, std::move(value)) {}
    Result(Error error) : Base(BOOST_OUTCOME_V2_NAMESPACE::in_place_type<Error>, std::move(error)) {}
    /** What BOOST_OUTCOME_TRY returns from a failed call. */
    Result(BOOST_OUTCOME_V2_NAMESPACE::failure_type<Error> failure) : Base(std::move(failure)) {}

    bool ok() const { return this->has_value(); }

    T *operator->() { return &this->value(); }
    const T *operator->() const { return &this->value(); }
    T &operator*() & { return this->value(); }
    const T &operator*() const & { return this->value(); }
};

/** The result of a call that returns nothing but may fail; default constructed, a success. */
template <>
class [[nodiscard]] Result<void> : public BOOST_OUTCOME_V2_NAMESPACE::basic_result<void, Error, ResultPolicy> {
    using Base = BOOST_OUTCOME_V2_NAMESPACE::basic_result<void, Error, ResultPolicy>;

public:
    Result() : Base(BOOST_OUTCOME_V2_NAMESPACE::success()) {}
    Result(Error error) : Base(BOOST_OUTCOME_V2_NAMESPACE::in_place_type<Error>, std::move(error)) {}
    Result(BOOST_OUTCOME_V2_NAMESPACE::failure_type<Error> failure) : Base(std::move(failure)) {}

    bool ok() const { return has_value(); }
};

using Status = Result<void>;

} // namespace comptoir
