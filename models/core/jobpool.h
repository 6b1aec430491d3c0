#pragma once

class QThreadPool;

namespace payops {

// The threads the console's one-off jobs run on (QtConcurrent::run(jobPool(), ...)), never Qt's
// global pool: Qt's raster painting cuts a large fill (a tall line, a translucent rectangle) into
// pieces for the global pool and waits for them on the GUI thread, so a job holding every global
// thread (an integrity check, a scrape test waiting for its deadline) froze every repaint until it
// ended -- measured: one translucent chart grid line took 2 s while two jobs ran.
QThreadPool *jobPool();

} // namespace payops
