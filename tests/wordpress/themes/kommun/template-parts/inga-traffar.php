<?php
/**
 * Inga poster.
 *
 * @package Kommun
 */
?>
<div class="inga-traffar">
	<?php if ( is_search() ) : ?>
		<p>Din sökning gav inga träffar. Kontrollera stavningen eller prova med andra sökord.</p>
		<?php get_search_form(); ?>
	<?php else : ?>
		<p>Det finns inga inlägg att visa just nu.</p>
	<?php endif; ?>
</div>
