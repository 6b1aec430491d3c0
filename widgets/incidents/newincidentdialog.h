#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace payops {

// Asks for what an operator-opened incident is about: the service, the type (a playbook) and a title.
class NewIncidentDialog final : public QDialog
{
    Q_OBJECT

public:
    // `types`: playbook id → title, in the order shown.
    NewIncidentDialog(const QStringList &services, const QList<QPair<QString, QString>> &types, QWidget *parent = nullptr);

    void setService(const QString &service);
    [[nodiscard]] QString service() const;
    [[nodiscard]] QString type() const;
    [[nodiscard]] QString title() const;

private:
    void updateOk();

    QComboBox *m_service;
    QComboBox *m_type;
    QLineEdit *m_title;
    QPushButton *m_ok = nullptr;
};

} // namespace payops
