import Foundation
import KenesCLI

exit(KenesCommand.run(Array(CommandLine.arguments.dropFirst())))
