export const id = 76;
export const ids = [76];
export const modules = {

/***/ 5076:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listChangedFiles: () => (/* binding */ listChangedFiles)
/* harmony export */ });
/* unused harmony export PULL_FILES_CAP */
const PULL_FILES_CAP = 3000;
async function listChangedFiles(octokit, owner, repo, pullNumber) {
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: 100 });
    if (files.length >= PULL_FILES_CAP)
        return undefined;
    // A renamed file touches the systems that cited its old path as well as its new one.
    return files.flatMap((file) => (file.previous_filename ? [file.filename, file.previous_filename] : [file.filename]));
}


/***/ })

};
