import Foundation
import KenesCLI

// a closed pipe (`kenes parse … | head`) is a write error with a message and exit 2, not a
// silent kill by SIGPIPE
signal(SIGPIPE, SIG_IGN)
exit(KenesCommand.run(Array(CommandLine.arguments.dropFirst())))
