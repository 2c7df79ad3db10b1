/** Licences compared without case, and a custom licence with or without its LicenseRef- prefix. */
export const licenseKey = (text: string) => text.trim().toLowerCase().replace(/^licenseref-/, '');
