#pragma once

#include "domain/Complaint.h"

namespace comptoir {

/** Which complaints a list shows. */
struct ComplaintFilter {
    enum class Scope {
        All,       ///< every complaint
        Unsettled, ///< open or in progress (still waiting for the store)
        Overdue,   ///< unsettled and past their due date
        Status,    ///< exactly `status`
    };
    Scope scope = Scope::Unsettled;
    ComplaintStatus status = ComplaintStatus::Open;
};

/** The columns a complaint list can be sorted by. */
enum class ComplaintSort { Number, OpenedAt, Customer, Category, Subject, Status, AssignedTo, DueAt };

} // namespace comptoir
