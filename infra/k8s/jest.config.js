module.exports = require('../../jest.preset.js')(__dirname, 'k8s');
