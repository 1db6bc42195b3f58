#pragma once

#include <QString>

namespace conflictmap::cli {

// What a command reports when it fails: one line for stderr and the exit
// code (1: the input or data is wrong, 2: the command line is wrong).
struct CliError {
    QString message;
    int exitCode = 1;
};

} // namespace conflictmap::cli
