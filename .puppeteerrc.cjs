// Browsers come from Debian (chromium, firefox-esr): npm cannot download them here,
// and a download in postinstall would make `npm ci` fail on a machine without network.
module.exports = { skipDownload: true };
