const END_OF_CHAIN = 0xfffffffe;
const ENTRY_SIZE = 128;
const HEADER_FAT_SLOTS = 109;
const MAX_DIRECTORY_SECTORS = 1024;

/**
 * The names of the storages and streams in an OLE compound file (the container of .xls, .doc and of a
 * password-protected .xlsx): e.g. ["Root Entry", "EncryptionInfo", "EncryptedPackage", …].
 * Reads only the directory, following its sector chain through the FAT listed in the header;
 * a damaged or cut-short file gives the names that could be read, possibly none.
 */
export function oleEntryNames(bytes: Uint8Array): string[] {
  if (bytes.length < 512) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(30, true);
  if (sectorShift !== 9 && sectorShift !== 12) return [];
  const sectorSize = 1 << sectorShift;
  const sectorOffset = (sector: number) => (sector + 1) * sectorSize;
  const inFile = (offset: number, length: number) => offset >= 0 && offset + length <= bytes.length;

  const nextSector = (sector: number): number => {
    const perFatSector = sectorSize / 4;
    const slot = Math.floor(sector / perFatSector);
    if (slot >= HEADER_FAT_SLOTS) return END_OF_CHAIN;
    const fatSector = view.getUint32(76 + slot * 4, true);
    const offset = sectorOffset(fatSector) + (sector % perFatSector) * 4;
    return inFile(offset, 4) ? view.getUint32(offset, true) : END_OF_CHAIN;
  };

  const names: string[] = [];
  const decoder = new TextDecoder('utf-16le');
  const seen = new Set<number>();
  for (let sector = view.getUint32(48, true); sector < END_OF_CHAIN && !seen.has(sector) && seen.size < MAX_DIRECTORY_SECTORS; sector = nextSector(sector)) {
    seen.add(sector);
    const start = sectorOffset(sector);
    if (!inFile(start, sectorSize)) break;
    for (let entry = start; entry < start + sectorSize; entry += ENTRY_SIZE) {
      const nameBytes = view.getUint16(entry + 64, true);
      const type = bytes[entry + 66];
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue;
      names.push(decoder.decode(bytes.subarray(entry, entry + nameBytes - 2)));
    }
  }
  return names;
}
