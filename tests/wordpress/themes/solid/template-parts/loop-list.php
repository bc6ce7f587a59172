<?php
/**
 * The list loop shared by index, archive and search.
 *
 * @package solid
 */
if ( have_posts() ) :
	?>
	<ul class="penci-wrapper-data penci-grid">
		<?php
		while ( have_posts() ) :
			the_post();
			get_template_part( 'template-parts/content', 'list' );
		endwhile;
		?>
	</ul>
	<?php
	echo solid_pagination_numbers(); // phpcs:ignore
else :
	get_template_part( 'template-parts/content', 'none' );
endif;
