-- Nothing runs until require("nocodo").setup({...}) is called; this only guards double loading.
if vim.g.loaded_nocodo then
  return
end
vim.g.loaded_nocodo = true
