"""chatbot: a culturally tuned chatbot framework on llama.cpp."""
