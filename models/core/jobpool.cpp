#include "models/core/jobpool.h"

#include <QThread>
#include <QThreadPool>

namespace payops {

QThreadPool *jobPool()
{
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setObjectName(QStringLiteral("payops jobs"));
        // Jobs mostly wait (on SQLite, on a network deadline): a few more threads than cores.
        pool.setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
        return true;
    }();
    Q_UNUSED(configured)
    return &pool;
}

} // namespace payops
