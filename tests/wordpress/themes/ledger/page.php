<?php
/**
 * Sidor (Om oss, Press m.fl. när de ligger i WordPress).
 *
 * @package Ledger
 */

defined( 'ABSPATH' ) || exit;

get_header();

while ( have_posts() ) :
	the_post();

	get_template_part( 'template-parts/hero', null, array( 'show_date' => false ) );
	?>

	<div class="lg-container lg-container--article">
		<article id="post-<?php the_ID(); ?>" class="lg-article lg-article--page">
			<div class="lg-article__body lg-richtext">
				<?php
				the_content();
				ledger_link_pages();
				?>
			</div>
		</article>

		<?php
		if ( comments_open() || get_comments_number() ) {
			comments_template();
		}
		?>
	</div>

	<?php
endwhile;

get_footer();
