#include "widgets/mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace payops {

namespace {
constexpr int viewIdRole = Qt::UserRole;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("PayOps Console"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setAccessibleName(tr("Views"));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    m_startupLabel = new QLabel(central);
    m_startupLabel->setObjectName(QStringLiteral("startupState"));
    m_startupLabel->setAlignment(Qt::AlignCenter);
    m_startupLabel->setWordWrap(true);
    m_startupLabel->hide();
    layout->addWidget(m_startupLabel, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        Q_EMIT currentViewChanged(m_viewIds.value(row));
    });
    createMenus();
    createStatusBar();
    resize(1600, 960);
}

void MainWindow::addView(const QString &id, const QIcon &icon, const QString &title, QWidget *view)
{
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(viewIdRole, id);
    m_viewIds.append(id);
    m_stack->addWidget(view);
    const int number = int(m_viewIds.size());
    if (number <= 9) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)), this);
        connect(shortcut, &QShortcut::activated, this, [this, id] { showView(id); });
        item->setToolTip(tr("%1 (%2)").arg(title, shortcut->key().toString(QKeySequence::NativeText)));
    }
    fitNavigationWidth();
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
}

void MainWindow::fitNavigationWidth()
{
    // As wide as the longest title in whatever language, plus the icon and the item's padding.
    const QFontMetrics metrics(m_navigation->font());
    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row)
        widest = std::max(widest, metrics.horizontalAdvance(m_navigation->item(row)->text()));
    m_navigation->setFixedWidth(widest + m_navigation->iconSize().width() + 4 * metrics.averageCharWidth() + 48);
}

void MainWindow::showView(const QString &id)
{
    const int row = int(m_viewIds.indexOf(id));
    if (row >= 0)
        m_navigation->setCurrentRow(row);
}

QString MainWindow::currentViewId() const
{
    return m_viewIds.value(m_navigation->currentRow());
}

QWidget *MainWindow::view(const QString &id) const
{
    const int row = int(m_viewIds.indexOf(id));
    return row >= 0 ? m_stack->widget(row) : nullptr;
}

void MainWindow::setMonitoringAvailable(bool available)
{
    for (QAction *action : std::as_const(m_monitoringActions))
        action->setVisible(available);
    m_targetsLabel->setVisible(available);
    m_lastPollLabel->setVisible(available);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_monitoringActions = {
        file->addAction(tr("&Import Targets…"), this, &MainWindow::chooseTargetsToImport),
        file->addAction(tr("&Export Targets…"), this, &MainWindow::chooseTargetsExport),
        file->addAction(tr("&Data Source…"), this, &MainWindow::dataSourceRequested),
        file->addSeparator(),
        // The dashboard asks for the file and reports the outcome (DashboardView::exportCurrentChartInteractively).
        file->addAction(tr("Export &Chart…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this,
                        &MainWindow::exportChartRequested),
    };
    file->addSeparator();
    file->addAction(tr("&Preferences…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this, &MainWindow::preferencesRequested);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *themes = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    for (const auto &[kind, title] : {std::pair{Theme::Kind::Light, tr("&Light")}, std::pair{Theme::Kind::Dark, tr("&Dark")}}) {
        QAction *action = themes->addAction(title);
        action->setCheckable(true);
        action->setChecked(kind == m_theme);
        action->setData(int(kind));
        m_themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, kind] { setTheme(kind); });
    }
    QAction *fullScreen = view->addAction(tr("&Full Screen"), this, &MainWindow::toggleFullScreen);
    fullScreen->setShortcuts({QKeySequence(Qt::Key_F11), QKeySequence(QKeySequence::FullScreen)});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), QKeySequence(Qt::Key_F1), this, &MainWindow::showShortcuts);
    help->addAction(tr("&About PayOps Console"), this, &MainWindow::showAbout);
}

void MainWindow::createStatusBar()
{
    m_targetsLabel = new QLabel(this);
    m_lastPollLabel = new QLabel(this);
    m_sourceLabel = new QLabel(this);
    m_pollingLabel = new QLabel(this);
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_targetsLabel->setObjectName(QStringLiteral("targetsSummary"));
    m_lastPollLabel->setObjectName(QStringLiteral("lastPoll"));
    m_sourceLabel->setObjectName(QStringLiteral("dataSource"));
    m_pollingLabel->setObjectName(QStringLiteral("pollingWarning"));
    m_pollingLabel->setToolTip(tr("The targets ask for more scrapes than this machine or network manages. Every "
                                  "scrape still finishes; each target is scraped less often than configured."));
    m_pollingLabel->hide();
    m_warningLabel = new QLabel(this);
    m_warningLabel->setObjectName(QStringLiteral("statusWarning"));
    m_warningLabel->setWordWrap(false);
    m_warningLabel->hide();
    statusBar()->addPermanentWidget(m_warningLabel, 1); // permanent: temporary messages never hide it
    statusBar()->addPermanentWidget(m_targetsLabel);
    statusBar()->addPermanentWidget(m_lastPollLabel);
    statusBar()->addPermanentWidget(m_sourceLabel);
    statusBar()->addPermanentWidget(m_pollingLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    setTargetsSummary(0, 0);
}

void MainWindow::setTargetsSummary(int up, int total)
{
    QString word, colour;
    if (total == 0) {
        word = tr("no targets");
        colour = QStringLiteral("#8b949e");
    } else if (up == total) {
        word = tr("all up");
        colour = QStringLiteral("#2da44e");
    } else if (up == 0) {
        word = tr("all down");
        colour = QStringLiteral("#cf222e");
    } else {
        word = tr("some down");
        colour = QStringLiteral("#d4a72c");
    }
    m_targetsLabel->setText(tr("<span style='color:%1'>●</span> Targets up %2/%3 — %4")
                                .arg(colour, QLocale().toString(up), QLocale().toString(total), word));
}

void MainWindow::setLastPoll(const QDateTime &time)
{
    m_lastPollLabel->setText(tr("Last poll %1").arg(QLocale().toString(time.time(), QLocale::LongFormat)));
}

void MainWindow::setDataSource(const QString &description)
{
    m_sourceLabel->setText(description);
}

void MainWindow::setPollingWarning(const QString &warning)
{
    m_pollingLabel->setText(QStringLiteral("<span style='color:#d4a72c'>\u25b2</span> ") + warning.toHtmlEscaped());
    m_pollingLabel->setVisible(!warning.isEmpty());
}

void MainWindow::setDatabaseFile(const QString &path)
{
    m_databaseLabel->setText(tr("Database: %1").arg(QFileInfo(path).fileName()));
    m_databaseLabel->setToolTip(path);
}

void MainWindow::showMessage(const QString &message, int timeoutMs)
{
    statusBar()->showMessage(message, timeoutMs);
}

void MainWindow::setWarning(const QString &text)
{
    m_warningLabel->setText(text);
    m_warningLabel->setToolTip(text);
    m_warningLabel->setVisible(!text.isEmpty());
}

QString MainWindow::warning() const
{
    return m_warningLabel->text();
}

void MainWindow::setTheme(Theme::Kind kind)
{
    m_theme = kind;
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toInt() == int(kind));
    Theme::apply(*qApp, kind);
    ensurePolished();
    fitNavigationWidth();
    Q_EMIT themeChanged(kind);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (settings.value(QStringLiteral("window/fullScreen")).toBool())
        showFullScreen();
    setTheme(Theme::fromName(settings.value(QStringLiteral("window/theme")).toString()));
}

void MainWindow::restoreView()
{
    showView(QSettings().value(QStringLiteral("window/view")).toString());
}

void MainWindow::showStartupState(const QString &message)
{
    m_startupLabel->setText(message);
    m_startupLabel->show();
    m_navigation->hide();
    m_stack->hide();
}

void MainWindow::finishStartup()
{
    m_startupLabel->hide();
    m_navigation->show();
    m_stack->show();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/fullScreen"), isFullScreen());
    settings.setValue(QStringLiteral("window/view"), currentViewId());
    settings.setValue(QStringLiteral("window/theme"), Theme::name(m_theme));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::chooseTargetsToImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Targets"), {},
                                                      tr("Prometheus file_sd JSON (*.json);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT importTargetsRequested(path);
}

void MainWindow::chooseTargetsExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Targets"), QStringLiteral("targets.json"),
                                                      tr("Prometheus file_sd JSON (*.json)"));
    if (!path.isEmpty())
        Q_EMIT exportTargetsRequested(path);
}

void MainWindow::toggleFullScreen()
{
    isFullScreen() ? showNormal() : showFullScreen();
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(&dialog);
    const QList<std::pair<QString, QString>> rows = {
        {tr("Ctrl+1 … Ctrl+9"), tr("Switch to the view in that place of the sidebar")},
        {QStringLiteral("F11"), tr("Full screen on or off")},
        {tr("Ctrl+Shift+E"), tr("Export the chart")},
        {tr("Ctrl+F, Ctrl+K"), tr("Search the knowledge base or the contacts")},
        {tr("Alt+Left, Alt+Right"), tr("Back and forward between articles")},
        {tr("Ctrl+Z, Ctrl+Shift+Z"), tr("Undo a contact, alert rule or task change; redo a contact or rule change")},
        {tr("A, S"), tr("Alerts: acknowledge or silence the selected alert")},
        {tr("P, T"), tr("Alerts: open the playbook of the selected alert, or troubleshoot it")},
        {tr("Ctrl+K, Alt+1, Alt+2, Alt+3"), tr("Incidents: acknowledge; mitigated, resolved, closed")},
        {tr("Ctrl+T, Enter"), tr("Incidents: troubleshoot the selected incident (the six-step wizard)")},
        {tr("F5, Ctrl+Return, Ctrl+Break, Ctrl+S"),
         tr("Wizard: run the checks again; run the command shown, end it; write the post-mortem")},
        {tr("Ctrl+N, Ctrl+E, Ctrl+D, Delete"), tr("Incidents and tasks: new; tasks: edit, duplicate, remove")},
        {tr("Ctrl+R, Ctrl+T, Ctrl+Shift+A"), tr("Tasks: run now, enable or disable, approve the waiting run")},
        {tr("Ctrl+Shift+C"), tr("Copy the incident's timeline, the tasks or the targets table")},
        {tr("Ctrl+N, Ctrl+E, Ctrl+D, Delete, Ctrl+Z"), tr("Targets: add, edit, duplicate, remove, undo")},
        {tr("Ctrl+T"), tr("Target editor: test the target with one real scrape")},
        {tr("Ctrl+,"), tr("Preferences")},
        {tr("Mouse wheel, +, −"), tr("Zoom a chart")},
        {tr("Drag, arrow keys"), tr("Pan a chart")},
        {tr("Home, double-click"), tr("Reset a chart's zoom and follow live data")},
        {QKeySequence(QKeySequence::Quit).toString(QKeySequence::NativeText), tr("Quit")},
    };
    table->setColumnCount(2);
    table->setRowCount(int(rows.size()));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(640, 420);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About PayOps Console"),
                       tr("<h3>PayOps Console %1</h3><p>Operations console for a payment system: live metrics, "
                          "playbooks, contacts and the knowledge base, online or offline.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace payops
