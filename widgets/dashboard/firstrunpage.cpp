#include "widgets/dashboard/firstrunpage.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

namespace payops {

FirstRunPage::FirstRunPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_simulatorState(new QLabel(this))
    , m_simulator(new QCommandLinkButton(tr("Watch the bundled simulator"),
                                         tr("Starts paysim, four simulated payment services on this computer, and "
                                            "watches them. It stops when the console does."),
                                         this))
    , m_import(new QCommandLinkButton(tr("Import a file_sd file…"),
                                      tr("The targets Prometheus already scrapes, from its file_sd JSON: you see what "
                                         "changes before anything is saved."),
                                      this))
    , m_prometheus(new QCommandLinkButton(tr("Connect to a Prometheus server…"),
                                          tr("Reads the metrics and their history from a Prometheus server that "
                                             "already scrapes the services, instead of polling them."),
                                          this))
    , m_addTarget(new QCommandLinkButton(tr("Add a target…"),
                                         tr("One /metrics URL of a service, tested before it is saved."), this))
    , m_dashboard(new QCommandLinkButton(tr("Show the dashboard anyway"),
                                         tr("The charts, with whatever the targets answer from now on."), this))
{
    setObjectName(QStringLiteral("firstRunPage"));
    setAutoFillBackground(true); // it covers the dashboard's charts
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_simulatorState->setWordWrap(true);
    m_simulatorState->setTextFormat(Qt::PlainText);
    m_simulatorState->hide();

    auto *column = new QVBoxLayout;
    column->addWidget(m_heading);
    column->addWidget(m_detail);
    column->addSpacing(fontMetrics().height());
    // Larger than the window's text: this page is read from a step back, on a first start.
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * 1.25);
    m_detail->setFont(larger);
    for (QCommandLinkButton *button : {m_simulator, m_import, m_prometheus, m_addTarget, m_dashboard}) {
        button->setFont(larger);
        column->addWidget(button);
    }
    column->addWidget(m_simulatorState);
    column->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 3);
    layout->addStretch(1);
    layout->setContentsMargins(24, fontMetrics().height() * 4, 24, 24);

    connect(m_simulator, &QCommandLinkButton::clicked, this, &FirstRunPage::watchSimulatorRequested);
    connect(m_import, &QCommandLinkButton::clicked, this, &FirstRunPage::importRequested);
    connect(m_prometheus, &QCommandLinkButton::clicked, this, &FirstRunPage::prometheusRequested);
    connect(m_addTarget, &QCommandLinkButton::clicked, this, &FirstRunPage::addTargetRequested);
    connect(m_dashboard, &QCommandLinkButton::clicked, this, &FirstRunPage::dashboardRequested);
    showNoTargets();
}

void FirstRunPage::showNoTargets()
{
    m_heading->setText(tr("Nothing to watch yet"));
    m_detail->setText(tr("No service is configured. Choose where the console gets its metrics:"));
    m_dashboard->hide();
}

void FirstRunPage::showUnreachable(int targets, const QStringList &reasons)
{
    m_heading->setText(tr("No target has answered yet"));
    QString detail = tr("None of the %n configured target(s) has answered since the console started.", nullptr, targets);
    if (!reasons.isEmpty())
        detail += u'\n' + reasons.mid(0, 6).join(u'\n') + (reasons.size() > 6 ? QStringLiteral("\n…") : QString());
    m_detail->setText(detail);
    m_dashboard->show();
}

void FirstRunPage::setSimulatorState(const QString &text)
{
    m_simulatorState->setText(text);
    m_simulatorState->setVisible(!text.isEmpty());
}

} // namespace payops
