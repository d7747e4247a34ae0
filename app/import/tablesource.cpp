#include "import/tablesource.h"

TableSource::~TableSource() = default;

void TableSource::fitToWidth(QStringList *cells, qsizetype width)
{
    while (cells->size() < width)
        cells->append(QString());
    while (cells->size() > width && cells->constLast().isEmpty())
        cells->removeLast();
}

bool TableSource::isBlank(const QStringList &cells)
{
    for (const QString &cell : cells) {
        for (const QChar c : cell) {
            if (!c.isSpace())
                return false;
        }
    }
    return true;
}
