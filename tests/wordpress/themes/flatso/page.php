<?php
/**
 * The template for displaying all pages (Flatsome's default page template).
 *
 * @package flatso
 */

get_header();
do_action( 'flatsome_before_page' ); ?>
<div id="content" class="content-area page-wrapper" role="main">
	<div class="row row-main">
		<div class="large-12 col">
			<div class="col-inner">

				<?php if ( flatsome_option( 'default_title' ) ) { ?>
				<header class="entry-header">
					<h1 class="entry-title mb uppercase"><?php the_title(); ?></h1>
				</header>
				<?php } ?>

				<?php
				while ( have_posts() ) :
					the_post();
					?>
					<?php do_action( 'flatsome_before_page_content' ); ?>

						<?php the_content(); ?>

						<?php
						wp_link_pages(
							array(
								'before' => '<div class="page-links">Sidor:',
								'after'  => '</div>',
							)
						);
						?>

						<?php
						if ( comments_open() || '0' !== (string) get_comments_number() ) {
							comments_template();
						}
						?>

					<?php do_action( 'flatsome_after_page_content' ); ?>
				<?php endwhile; ?>
			</div>
		</div>
	</div>
</div>

<?php
do_action( 'flatsome_after_page' );
get_footer();
