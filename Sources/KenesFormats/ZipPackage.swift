import Foundation
import ZIPFoundation

/// Writes an Office package (DOCX, XLSX): parts deflated into a ZIP in memory. Only our own
/// documents are written this way; untrusted archives are read by `ZipArchive`.
public enum ZipPackage {
    public static func make(_ parts: [(path: String, bytes: [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for (path, bytes) in parts {
            let data = Data(bytes)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { pos, size in
                data.subdata(in: Int(pos)..<Int(pos) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return [UInt8](data)
    }
}
