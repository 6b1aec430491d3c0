// The console's one-off jobs run on jobPool(), not on Qt's global pool: Qt's raster painting hands
// the pieces of a large fill to the global pool and waits for them on the GUI thread, so jobs that
// held every global thread froze every repaint until they ended (a translucent chart grid line took
// 2 s). Here every job thread is held while the GUI thread paints such lines.
#include "models/core/jobpool.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QSemaphore>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

class TestJobPool final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isNotQtsGlobalPool();
    void paintingDoesNotWaitForBusyJobs();
};

void TestJobPool::isNotQtsGlobalPool()
{
    QVERIFY(payops::jobPool() != QThreadPool::globalInstance());
    QCOMPARE(payops::jobPool(), payops::jobPool());
    QVERIFY(payops::jobPool()->maxThreadCount() >= 2);
}

void TestJobPool::paintingDoesNotWaitForBusyJobs()
{
    constexpr int kHoldMs = 3000; // what a job might take: an integrity check, a scrape test's deadline
    QThreadPool *pool = payops::jobPool();
    QSemaphore started;
    QSemaphore release;
    QList<QFuture<bool>> jobs;
    for (int i = 0; i < pool->maxThreadCount(); ++i) {
        jobs.append(QtConcurrent::run(pool, [&started, &release] {
            started.release();
            return release.tryAcquire(1, kHoldMs);
        }));
    }
    QVERIFY(started.tryAcquire(pool->maxThreadCount(), 5000)); // every job thread is held now

    // Tall translucent lines and a translucent band over a chart-sized image: fills Qt splits up.
    QImage image(960, 1080, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QElapsedTimer painting;
    painting.start();
    {
        QPainter painter(&image);
        painter.setPen(QPen(QColor(0, 0, 0, 36), 2.0));
        for (int x = 40; x < 960; x += 40)
            painter.drawLine(QPointF(x, 0), QPointF(x, 1080));
        painter.fillRect(QRect(100, 0, 300, 1080), QColor(200, 0, 0, 20));
    }
    const qint64 paintMs = painting.elapsed();
    release.release(int(jobs.size()));
    for (QFuture<bool> &job : jobs)
        QVERIFY(job.result()); // released by the test, not by their own deadline
    QVERIFY2(paintMs < kHoldMs / 4, qPrintable(QStringLiteral("painting waited %1 ms for the jobs").arg(paintMs)));
    QCOMPARE(image.pixelColor(40, 500).alpha(), 255);
    QVERIFY(image.pixelColor(40, 500) != QColor(Qt::white)); // the lines were painted
}

QTEST_MAIN(TestJobPool)
#include "test_jobpool.moc"
