<?php
/**
 * Shown when a listing has no posts.
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>
<section class="no-results not-found atlas-no-results">
	<h2 class="atlas-section-title"><?php esc_html_e( 'Inget hittades', 'atlas' ); ?></h2>
	<div class="page-content atlas-entry-content">
		<?php if ( is_search() ) : ?>
			<p><?php esc_html_e( 'Inget matchade dina sökord. Försök igen med andra ord.', 'atlas' ); ?></p>
		<?php else : ?>
			<p><?php esc_html_e( 'Det finns inga inlägg här ännu. Prova att söka efter det du letar efter.', 'atlas' ); ?></p>
		<?php endif; ?>
		<?php get_search_form(); ?>
	</div>
</section>
