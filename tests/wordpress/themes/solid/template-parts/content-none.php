<?php
/**
 * Nothing found.
 *
 * @package solid
 */
?>
<div class="post-entry penci-no-results">
	<div class="inner-post-entry">
		<?php if ( is_search() ) : ?>
			<p>Tyvärr hittades inget som matchade din sökning. Försök igen med andra sökord.</p>
		<?php else : ?>
			<p>Det finns inga inlägg att visa här ännu.</p>
		<?php endif; ?>
		<div class="search-no-results">
			<?php get_search_form(); ?>
		</div>
	</div>
</div>
