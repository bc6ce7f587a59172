<?php
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

get_header();

/*
 * Enfold's single.php: the title bar shows the BLOG's title (linking to the blog page),
 * not the post's; the post's own title is the h1.post-title inside the article.
 */
echo enfilad_title( enfilad_blog_title_args() ); // phpcs:ignore

?>

		<div class='container_wrap container_wrap_first main_color sidebar_right'>

			<div class='container template-blog template-single-blog '>

				<main class='content units av-content-small alpha  av-main-single' <?php echo enfilad_markup( 'content' ); ?>>

					<?php
					/* Run the loop to output the posts. */
					get_template_part( 'includes/loop', 'index' );

					// show related posts based on tags if there are any
					get_template_part( 'includes/related-posts' );

					// WordPress function that loads the comments template "comments.php"
					comments_template();
					?>

				<!--end content-->
				</main>

				<?php
				get_sidebar();
				?>

			</div><!--end container-->

		</div><!-- close default .container_wrap element -->

<?php
get_footer();
