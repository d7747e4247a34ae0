#pragma once

#include "model/fieldstate.h"

#include <QVector>

class RecordModel;

/// The platform's rules for each record kind, beyond a single value's format:
/// which fields are required now, which are shown, and the checks that
/// involve several fields (DESIGN.md "Conditional required rules").
class RecordRules
{
public:
    /// Adds required/visible flags and cross-field errors to `states`
    /// (one per row, already holding the per-value checks).
    static void apply(const RecordModel &model, QVector<FieldState> &states);

    /// A lead that belongs to a company (companyId or a new company).
    static bool isCompanyLead(const RecordModel &lead);
    static bool usesNestedContact(const RecordModel &lead);
    static bool usesNestedCompany(const RecordModel &lead);

private:
    static void applyLead(const RecordModel &model, QVector<FieldState> &states);
    static void applyContact(const RecordModel &model, QVector<FieldState> &states);
    static void applyCompany(const RecordModel &model, QVector<FieldState> &states);
    static void applyCustomFields(const RecordModel &model, QVector<FieldState> &states);
};
