#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

/// Dates as a file writes them, turned into the platform's yyyy-MM-dd (ref_date-format.md).
/// The rep chooses one order per file; ISO dates and Excel serial numbers are read whatever the
/// choice, since they cannot be mistaken.
class DateValue
{
    Q_DECLARE_TR_FUNCTIONS(DateValue)
public:
    enum class Order
    {
        DayMonthYear, ///< dd/MM/yyyy (also with '.' or '-')
        MonthDayYear, ///< MM/dd/yyyy
        Iso ///< yyyy-MM-dd
    };

    /// "dd/MM/yyyy", "MM/dd/yyyy", "yyyy-MM-dd": how the order is named in mapping files and
    /// shown to the rep.
    static QString pattern(Order order);
    /// The order a pattern names (as pattern() writes it, or "ISO"); nullopt for others.
    static std::optional<Order> orderOf(const QString &pattern);

    /// `value` as yyyy-MM-dd. Read: the chosen order with '/', '.' or '-' between the parts and
    /// a two- or four-digit year (00–29 → 20xx, 30–99 → 19xx, as Excel reads them); ISO
    /// yyyy-MM-dd or yyyy/MM/dd; a time after the date is dropped; an Excel serial number of
    /// five or more digits (10000 is 1927-05-18). Empty in, empty out. Otherwise fails with one
    /// message naming the value and the expected form (and the other order when the value
    /// fits that one).
    static Result<QString> toIso(const QString &value, Order order);
};
