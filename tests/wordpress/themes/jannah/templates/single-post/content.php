<?php
/**
 * The template part for displaying the post contents
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

?>

<div <?php tie_content_column_attr(); ?>>

	<?php do_action( 'TieLabs/before_the_article' ); ?>

	<article id="the-post" <?php tie_post_class( 'container-wrapper post-content', null, true ); ?>>

		<?php
			/**
			 * TieLabs/before_single_post_title hook.
			 *
			 * @hooked tie_show_page_head - 10
			 * @hooked tie_show_post_head_featured - 10
			 */
			do_action( 'TieLabs/before_single_post_title' );
		?>

		<div class="entry-content entry clearfix">

			<?php do_action( 'TieLabs/before_post_content' ); ?>

			<?php the_content( 'Läs mer &raquo;' ); ?>

			<?php
				/**
				 * TieLabs/after_post_content hook.
				 *
				 * @hooked tie_after_post_content_ad - 5
				 * @hooked tie_post_multi_pages - 10
				 * @hooked tie_post_tags - 30
				 */
				do_action( 'TieLabs/after_post_content' );
			?>

		</div><!-- .entry-content /-->

		<?php
			/**
			 * TieLabs/after_post_entry hook.
			 *
			 * @hooked tie_post_extra_info_column - 5
			 * @hooked tie_article_schemas - 10
			 * @hooked tie_post_share_bottom - 20
			 */
			do_action( 'TieLabs/after_post_entry' );
		?>

	</article><!-- #the-post /-->

	<?php do_action( 'TieLabs/before_post_components' ); ?>

	<div class="post-components">

		<?php
			/**
			 * TieLabs/post_components hook.
			 *
			 * @hooked tie_post_about_author - 20
			 * @hooked tie_post_newsletter - 40
			 * @hooked tie_post_next_prev - 50
			 * @hooked tie_related_posts - 60
			 * @hooked tie_post_comments - 70
			 */
			do_action( 'TieLabs/post_components' );
		?>

	</div><!-- .post-components /-->

	<?php do_action( 'TieLabs/after_post_components' ); ?>

</div><!-- .main-content -->

<?php
	/**
	 * TieLabs/after_post_column hook.
	 *
	 * @hooked tie_post_fly_box - 10
	 */
	do_action( 'TieLabs/after_post_column' );
