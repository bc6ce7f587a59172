<?php
/**
 * Title: Inga sökträffar
 * Slug: lumen/no-search-results
 * Categories: lumen
 * Inserter: no
 *
 * Shown inside the Query No Results block of the search template.
 *
 * @package Lumen
 * @since 1.0.0
 */

?>
<!-- wp:group {"className":"lumen-no-results","layout":{"type":"default"}} -->
<div class="wp-block-group lumen-no-results"><!-- wp:heading {"level":2,"fontSize":"large"} -->
<h2 class="has-large-font-size"><?php echo esc_html__( 'Inga träffar', 'lumen' ); ?></h2>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p><?php echo esc_html__( 'Inget inlägg matchade din sökning. Prova med andra eller färre sökord.', 'lumen' ); ?></p>
<!-- /wp:paragraph --></div>
<!-- /wp:group -->
