#pragma once

#include "models/incidents/incident.h"
#include "models/metrics/derivedmetric.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace payops {

class Database;

// What the operator writes in the wizard's follow-up step; kept in Incident::wizardState["follow-up"] (the step's name).
struct PostMortem
{
    QString rootCause, impactNote, actionsTaken, lessons;
    QStringList followUps; // one item a line

    [[nodiscard]] QJsonObject toJson() const;
    // Missing keys stay empty; followUps also accepts one string with an item a line (what a text box holds).
    [[nodiscard]] static PostMortem fromJson(const QJsonObject &json);
    [[nodiscard]] bool isEmpty() const;
};

// How bad it was, from the incident and the metric history of its window.
struct IncidentImpact
{
    qint64 startMs = 0, endMs = 0;             // the window: opened → resolved (or now)
    std::optional<double> failedTransactions;  // Σ tps × failure ratio × Δt over the window; nullopt when no history
    std::optional<double> peakFailureRatio;    // 0..1
    std::optional<double> peakP95Seconds;
    QString basis;                             // translated: how the estimate was made, or why there is none
    double coverage = 0.0;                     // share (0..1) of the window the history of both series covers
    bool ongoing = false;                      // not resolved yet: the window ends at the report's "now"

    [[nodiscard]] qint64 durationMs() const { return endMs - startMs; }
};

// One chart of the report: a named series over the incident window (plus a margin before it).
struct PostMortemChart
{
    QString title;
    QString unit;
    QList<QPointF> points; // x = ms since epoch, y in the metric's canonical unit
    std::optional<double> threshold;
    // Added for drawing: which metric (for the axis labels' format), the series read, the span drawn.
    DerivedMetricId metric = DerivedMetricId::Tps;
    QString series;
    qint64 fromMs = 0, toMs = 0;
};

struct PostMortemInput
{
    Incident incident;
    QList<IncidentTimelineEntry> timeline;
    PostMortem writeUp;
    IncidentImpact impact;
    QList<PostMortemChart> charts; // TPS, failure ratio, p95 of the incident's first service
    qint64 generatedMs = 0;
};

// The post-mortem of an incident (the wizard's step 6, and `payopsctl incidents report`): Markdown and
// PDF (PdfCanvas, Qt Core only, as the performance review) with the write-up, the impact estimated from
// the metric history, the whole timeline and charts of the incident window. Written in the language of
// the installed translator (tr()), numbers in `locale`, as PerformanceReviewReport; times in local time
// with the UTC offset, so a reader elsewhere can place them.
class PostMortemReport final
{
    Q_DECLARE_TR_FUNCTIONS(payops::PostMortemReport)

public:
    PostMortemReport() = delete;

    // Reads the incident, its timeline and the history of its window with the calling thread's connection
    // (never the GUI thread). nullopt + *error (translated) when the incident cannot be read.
    // The history is read at the finest resolution that still covers the window (raw samples, else the
    // 1-minute, else the 1-hour roll-ups: the retention removes the finer ones first).
    static std::optional<PostMortemInput> gather(Database &database, qint64 incidentId, const PostMortem &writeUp,
                                                 qint64 nowMs, QString *error);
    static QString markdown(const PostMortemInput &input, const QLocale &locale = QLocale());
    static QByteArray pdf(const PostMortemInput &input, const QLocale &locale = QLocale());
    // Writes both (either path may be empty = skip); the error in words on failure. Each file is
    // replaced atomically (QSaveFile): a failure leaves no half-written file behind.
    static std::optional<QString> write(const PostMortemInput &input, const QString &markdownPath, const QString &pdfPath,
                                        const QLocale &locale = QLocale());

    // The impact from already read series (what gather() does after reading): tps and failure ratio
    // held from each point until the next (at most `holdMs` for raw samples; a roll-up bucket for its
    // length), their product integrated over [startMs, endMs]. Exposed for the test of the arithmetic.
    struct Series
    {
        QString name;
        QList<QPointF> points;      // x = ms
        QList<double> maxima;       // per point, the bucket's maximum (roll-ups); empty: the points themselves
        qint64 bucketMs = 0;        // 0: raw samples
    };
    [[nodiscard]] static IncidentImpact impactOf(qint64 startMs, qint64 endMs, const Series &tps,
                                                 const Series &failureRatio, const Series &p95,
                                                 const QString &resolutionText);

    // "2026-05-28 14:03:20 +08:00": local time with its UTC offset.
    [[nodiscard]] static QString timeText(qint64 ms);
    // "1 h 05 min", "12 min 30 s", "45 s".
    [[nodiscard]] static QString durationText(qint64 ms);
    // The Markdown file's default name for an incident: "incident-42-postmortem".
    [[nodiscard]] static QString baseName(qint64 incidentId);
};

} // namespace payops
