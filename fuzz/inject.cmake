# Used by scripts/fuzz.sh only while the top-level CMakeLists.txt does not add fuzz/ itself
# (`if(SERVQA_FUZZ) add_subdirectory(fuzz) endif()`): passed as CMAKE_PROJECT_ServQA_INCLUDE,
# it reads fuzz/CMakeLists.txt once the top-level file has been read (after core/ exists).
# (A deferred call cannot add a subdirectory, hence include().)
if(NOT SERVQA_FUZZ)
  return()
endif()
set(_servqa_fuzz_lists "${CMAKE_CURRENT_LIST_DIR}/CMakeLists.txt")
cmake_language(DEFER CALL include "${_servqa_fuzz_lists}")
