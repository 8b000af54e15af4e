// Placeholder: the runtime lands here.
