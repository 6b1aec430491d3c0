#pragma once

#include <QLabel>

namespace payops {

// Under a dialog's form: why what was typed cannot be used yet, one reason a line, in plain text;
// hidden while there is none. The alert dialogs (silence, maintenance window, rule) share it.
class ProblemsLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsLabel)

public:
    explicit ProblemsLabel(QWidget *parent = nullptr)
        : QLabel(parent)
    {
        setWordWrap(true);
        setTextFormat(Qt::PlainText);
        hide();
    }

    // Shows the problems; true when there are none (the dialog's OK may be enabled).
    bool showProblems(const QStringList &problems)
    {
        setText(problems.join(u'\n'));
        setVisible(!problems.isEmpty());
        return problems.isEmpty();
    }
};

} // namespace payops
