#pragma once

#include <QString>

/// Where a file dialog starts when nothing better is known: the rep's Documents folder, where
/// spreadsheets and exports live, or the home folder where there is none (a folder that does
/// not exist would land in the dialog's file name box).
class DocumentsFolder
{
public:
    static QString path();
};
