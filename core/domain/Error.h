#pragma once

#include <QCoreApplication>
#include <QString>

namespace comptoir {

/** What kind of expected failure a core call met. */
enum class ErrorCode {
    Validation,        ///< input breaks a rule; `field` names it
    NotFound,          ///< the referenced record does not exist
    Conflict,          ///< the write clashes with existing data (duplicate, overlap...)
    PermissionDenied,  ///< the acting session lacks a permission
    InvalidTransition, ///< a workflow step that the current state forbids
    Database,          ///< the database failed (I/O, corruption, constraint)
    Io,                ///< a file could not be read or written
    Version,           ///< the database is newer than this program
    Authentication,    ///< wrong credentials or locked account
};

/**
 * An expected failure: a code, the field or line at fault (may be empty) and a
 * human-readable message, already translated.
 */
struct Error {
    ErrorCode code = ErrorCode::Validation;
    QString field;
    QString message;

    /** "field: message", or the message alone when no field is named. */
    QString toString() const
    {
        return field.isEmpty() ? message : field + QStringLiteral(": ") + message;
    }

    static Error validation(const QString &field, const QString &message)
    {
        return {ErrorCode::Validation, field, message};
    }
    static Error notFound(const QString &what, const QString &message)
    {
        return {ErrorCode::NotFound, what, message};
    }
    static Error conflict(const QString &field, const QString &message)
    {
        return {ErrorCode::Conflict, field, message};
    }
    static Error database(const QString &message)
    {
        return {ErrorCode::Database, QString(), message};
    }
    static Error permissionDenied(const QString &permission)
    {
        return {ErrorCode::PermissionDenied, permission,
                QCoreApplication::translate("comptoir::Error", "permission denied: %1").arg(permission)};
    }
};

} // namespace comptoir
