<?php
/**
 * Blog listing body shared by index.php and archive.php
 *
 * @package Betheme
 * @author Muffin group
 */

require_once get_template_directory() . '/includes/content-post.php';

$blog_classes = array( mfn_opts_get( 'blog-layout', 'classic' ), 'col-' . mfn_opts_get( 'blog-columns', 3 ) );
?>
<!-- #Content -->
<div id="Content">
	<div class="content_wrapper clearfix">

		<!-- .sections_group -->
		<div class="sections_group">

			<div class="extra_content">
				<?php
				if ( is_category() && category_description() ) {
					echo '<div class="section the_content has_content"><div class="section_wrapper"><div class="the_content_wrapper">' . category_description() . '</div></div></div>';
				}
				?>
			</div>

			<div class="section ">
				<div class="section_wrapper clearfix">

					<div class="column one column_blog">
						<div class="blog_wrapper isotope_wrapper">

							<div class="posts_group lm_wrapper <?php echo esc_attr( implode( ' ', $blog_classes ) ); ?>">
								<?php echo mfn_content_post(); ?>
							</div>

							<?php echo mfn_pagination(); ?>

						</div>
					</div>

				</div>
			</div>

		</div>

		<!-- .four-columns - sidebar -->
		<?php get_sidebar(); ?>

	</div>
</div>
