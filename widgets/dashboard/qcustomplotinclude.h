#pragma once

// QCustomPlot 2.1's header uses the Qt keywords `signals:` and `foreach`, which QT_NO_KEYWORDS
// turns off for our code. Include it through this header: the keywords are defined for its
// declarations only and removed again afterwards.
#ifdef QT_NO_KEYWORDS
#  ifndef signals
#    define signals Q_SIGNALS
#    define PAYOPS_QCP_UNDEF_SIGNALS
#  endif
#  ifndef foreach
#    define foreach Q_FOREACH
#    define PAYOPS_QCP_UNDEF_FOREACH
#  endif
#endif

#include <qcustomplot.h>

#ifdef PAYOPS_QCP_UNDEF_SIGNALS
#  undef signals
#  undef PAYOPS_QCP_UNDEF_SIGNALS
#endif
#ifdef PAYOPS_QCP_UNDEF_FOREACH
#  undef foreach
#  undef PAYOPS_QCP_UNDEF_FOREACH
#endif
