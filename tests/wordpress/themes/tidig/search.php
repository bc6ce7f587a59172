<?php
/**
 * Sökresultat – Newspapers search.php med td_module_16.
 */
get_header();
?>

<div class="td-main-content-wrap td-container-wrap">
    <div class="td-container ">
        <div class="td-crumb-container">
            <?php echo tidig_breadcrumbs(); // phpcs:ignore ?>
        </div>
        <div class="td-pb-row">
                            <div class="td-pb-span8 td-main-content">
                    <div class="td-ss-main-content">
                        <div class="td-page-header">
                            <h1 class="entry-title td-page-title">
                                <span class="td-search-query"><?php echo esc_html( get_search_query() ); ?></span> - <span> sökresultat</span>
                            </h1>

                            <div class="search-page-search-wrap">
                                <form method="get" class="td-search-form-widget" action="<?php echo esc_url( home_url( '/' ) ); ?>">
                                    <div role="search">
                                        <input class="td-widget-search-input" type="text" value="<?php echo esc_attr( get_search_query() ); ?>" name="s" id="s" /><input class="wpb_button wpb_btn-inverse btn" type="submit" id="searchsubmit" value="Sök" />
                                    </div>
                                </form>
                                <div class="td_search_subtitle">Om du inte är nöjd med resultatet kan du göra en ny sökning</div>
                            </div>
                        </div>

                        <?php
                        $GLOBALS['tidig_loop_module'] = 'td_module_16';
                        get_template_part( 'loop' );
                        tidig_posts_pagination();
                        ?>
                    </div>
                </div>
                <div class="td-pb-span4 td-main-sidebar">
                    <div class="td-ss-main-sidebar">
                        <?php get_sidebar(); ?>
                    </div>
                </div>
                    </div> <!-- /.td-pb-row -->
    </div> <!-- /.td-container -->
</div> <!-- /.td-main-content-wrap -->

<?php
get_footer();
