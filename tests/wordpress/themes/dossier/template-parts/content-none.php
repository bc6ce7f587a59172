<?php
/**
 * Inga träffar.
 *
 * @package Dossier
 */
?>
<section class="no-results not-found">
	<?php if ( is_search() ) : ?>
		<p><?php esc_html_e( 'Inga texter matchade din sökning. Prova med andra ord.', 'dossier' ); ?></p>
		<?php get_search_form(); ?>
	<?php else : ?>
		<p><?php esc_html_e( 'Här finns inga texter ännu.', 'dossier' ); ?></p>
		<?php get_search_form(); ?>
	<?php endif; ?>
</section>
