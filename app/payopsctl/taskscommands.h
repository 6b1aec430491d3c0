#pragma once

#include "app/payopsctl/ctlcommand.h"

#include <QCoreApplication>

namespace payops {

// payopsctl tasks list|history|run NAME|run-due|approve RUN: the scheduler without the window.
// Each opens the console's database like the console (created and migrated when missing) and runs
// tasks with the same TaskScheduler and TaskKindExecutor; the lock row in the database keeps a run
// of a task from overlapping one the console (or another payopsctl) holds.

class TasksListCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(payops::TasksListCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CtlOutput &out) override;
};

class TasksHistoryCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(payops::TasksHistoryCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CtlOutput &out) override;
};

class TasksRunCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(payops::TasksRunCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CtlOutput &out) override;
};

class TasksRunDueCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(payops::TasksRunDueCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CtlOutput &out) override;
};

class TasksApproveCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(payops::TasksApproveCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CtlOutput &out) override;
};

// payopsctl tasks restore BACKUP --yes: the console database replaced by a verified backup, the
// current content kept aside first.
class TasksRestoreCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(payops::TasksRestoreCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CtlOutput &out) override;
};

// payopsctl tasks blackouts [--json] | blackouts add NAME --from HH:MM --to HH:MM [--days …|--dates …]
// [--tz ZONE] | blackouts remove ID: the blackout windows, changed through the TaskEngine (audited
// like an edit in the Tasks view).
class TasksBlackoutsCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(payops::TasksBlackoutsCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CtlOutput &out) override;
};

class TasksBlackoutAddCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(payops::TasksBlackoutAddCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CtlOutput &out) override;
};

class TasksBlackoutRemoveCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(payops::TasksBlackoutRemoveCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CtlOutput &out) override;
};

} // namespace payops
