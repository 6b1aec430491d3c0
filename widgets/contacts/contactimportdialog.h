#pragma once

#include "models/contacts/contactimportresult.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace payops {

// Shows what a CSV or vCard file would add, row by row with its problems, and lets the user
// import all rows (when all are valid), only the valid rows, or nothing.
class ContactImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactImportDialog)

public:
    enum class Choice { Nothing, AllRows, ValidRows };

    explicit ContactImportDialog(const ContactImportResult &result, const QString &fileName, QWidget *parent = nullptr);

    [[nodiscard]] Choice choice() const { return m_choice; }
    // The entries the user chose to import (empty for Nothing).
    [[nodiscard]] QList<ContactEntry> chosenEntries() const;

private:
    void chooseAll();
    void chooseValid();

    ContactImportResult m_result;
    Choice m_choice = Choice::Nothing;
    QTableWidget *m_table = nullptr;
    QPushButton *m_importAll = nullptr;
    QPushButton *m_importValid = nullptr;
};

} // namespace payops
