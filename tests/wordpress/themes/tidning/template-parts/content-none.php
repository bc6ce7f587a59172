<?php
/**
 * Inga inlägg.
 *
 * @package Tidning
 */
?>
<div class="no-results td-pb-padding-side">
	<h2><?php esc_html_e( 'Inga inlägg att visa', 'tidning' ); ?></h2>
	<?php if ( is_search() ) : ?>
		<p><?php esc_html_e( 'Inget matchade din sökning. Försök igen med andra sökord.', 'tidning' ); ?></p>
	<?php endif; ?>
</div>
